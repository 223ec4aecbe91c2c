import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST, serveFolder } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Vitest global setup: serves the built site for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
  const { url, server } = await serveFolder(DIST);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
