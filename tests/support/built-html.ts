import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from './static-server.ts';

/** A built page's HTML, parsed, by its URL path ("/faqs/" or "/404.html"). */
export function builtPage(path: string) {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** The schema.org objects a page declares in JSON-LD. */
export function structuredDataOf($: cheerio.CheerioAPI): Array<Record<string, unknown>> {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);
}
