import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests run on source; browser tests run against the built dist/ (npm test builds it first).
/** Every project but the admin's runs below its CPU priority (tests/support/lower-priority.ts says the measured why). */
const besideTheAdmin = ['tests/support/lower-priority.ts'];
/** A file at a time per core. Every project has the same number, or Vitest runs the projects one after another. */
const maxWorkers = availableParallelism();

export default defineConfig({
  test: {
    projects: [
      {
        // Content queries run on entries the tests write: astro:content is a stand-in there.
        resolve: {
          alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) },
        },
        // One worker runs file after file (no fresh worker per file, which took longer than the tests): unit tests
        // keep no state between files (the astro:content stand-in is set in a beforeEach of the one file that uses it).
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          maxWorkers,
          setupFiles: besideTheAdmin,
        },
      },
      {
        // Builds small broken copies of tests/fixtures/sites/valid/, two at a time, and checks the build's messages.
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxConcurrency: 2,
          maxWorkers,
          setupFiles: besideTheAdmin,
        },
      },
      {
        // The content admin (Keystatic) under Astro's dev server, on a copy of the project: one dev server, one
        // browser flow, one build.
        test: {
          name: 'admin',
          include: ['tests/admin/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 60_000,
          maxWorkers,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/serve-dist.ts'],
          setupFiles: besideTheAdmin,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file.
          maxWorkers,
          // Files share their worker's imports (playwright-core, cheerio, the site's modules) instead of loading them
          // again per file: the browser files keep no module state and mock nothing.
          isolate: false,
        },
      },
    ],
  },
});
