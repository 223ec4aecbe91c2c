import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Astro's command line, run with this process's Node (`process.execPath`, the project's Node 24) from a test. */
export const ASTRO_CLI = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment an editor's terminal has, for an astro run started from a test: this process's, without what
 * Vitest adds (its NODE_ENV=test, BASE_URL, MODE… would change how astro builds and serves).
 */
export function astroEnvironment(): NodeJS.ProcessEnv {
  const vitestOwn = /^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.test(name)));
}

/**
 * `astro build` in `cwd` (a copy of the project or of a fixture site), with `env` added to an editor's environment.
 * Resolves with what astro printed; rejects, when the build fails, with an error carrying `code`, `stdout` and `stderr`.
 */
export function astroBuild(cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [ASTRO_CLI, 'build'], {
    cwd,
    env: { ...astroEnvironment(), ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
