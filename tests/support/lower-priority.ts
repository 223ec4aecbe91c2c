// A setup file of the unit, fixtures and e2e projects (vitest.config.ts): their workers, and the browsers, builds and
// checkers they start, run at a lower CPU priority than the content admin's test, which runs beside them. The admin
// waits on a dev server and a browser, which answer late or not at all when they get a share of the cores like any
// other process; the other tests then use what the admin leaves, so both cores stay busy and the admin runs as it
// does alone.
import { constants, getPriority, setPriority } from 'node:os';

if (getPriority() < constants.priority.PRIORITY_BELOW_NORMAL) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
