// A setup file of the unit, fixtures and e2e projects (vitest.config.ts): their workers, and the browsers, builds and
// checkers they start (and the e2e global setup's wrangler dev, given the same priority in support/host-servers.ts),
// run at a lower CPU priority than the content admin's test, which runs beside them. The admin waits on a dev server
// and a browser, which answered too late (a form took over 30 s to open) when they got a share of the cores like any
// other process; the other tests now use what the admin leaves, so both cores stay busy and the admin's steps come in
// time.
import { constants, getPriority, setPriority } from 'node:os';

if (getPriority() < constants.priority.PRIORITY_BELOW_NORMAL) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
