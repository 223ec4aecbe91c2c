// A page's weight on arrival, as the budget test (e2e/budgets.test.ts) and `npm run bench:pages` measure it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './static-server.ts';

/** A page's HTML with its CSS fits the first round trip (TCP's first 10 packets, about 14 KB) when gzipped. */
export const PAGE_BUDGET = 14 * 1024;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The stylesheets a page links (Astro inlines the site's CSS, so normally none). */
export const linkedStylesheets = (html: string) =>
  [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);

/** A built page's HTML (with its inline CSS) plus any stylesheet it links, each gzipped. */
export function htmlAndCssGzipped(html: string): number {
  return (
    gzipped(html) + linkedStylesheets(html).reduce((sum, href) => sum + gzipped(readFileSync(join(DIST, href))), 0)
  );
}
