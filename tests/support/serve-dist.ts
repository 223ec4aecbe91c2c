import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startWrangler, type WranglerDev } from './host-servers.ts';
import { DIST, serveFolder } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** `wrangler dev` serving dist/ with its own headers: `await wranglerReady(inject('wranglerDev'))` gives its URL. */
    wranglerDev: WranglerDev;
  }
}

/**
 * Vitest global setup: serves the built site for every browser test file, as a static server and, for the files that
 * need the site's own headers, as Cloudflare's runtime. One `wrangler dev` for the run: its start costs more than
 * the requests the tests send it. It starts beside the first tests instead of delaying them.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
  const { url, server } = await serveFolder(DIST);
  const wrangler = await startWrangler();
  project.provide('baseUrl', url);
  project.provide('wranglerDev', { url: wrangler.url, output: wrangler.output });
  return async () => {
    await wrangler.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
