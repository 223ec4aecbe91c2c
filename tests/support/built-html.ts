import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from './static-server.ts';

/** A built page's HTML, parsed, by its URL path ("/faqs/" or "/404.html"), from dist/ or another build's folder. */
export function builtPage(path: string, folder = DIST) {
  const file = path.endsWith('/') ? join(folder, path, 'index.html') : join(folder, path);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/**
 * The pages a reader reaches by following links from the home page of a build in `folder` that is served under
 * `base` ("/" or "/guide/"), as URL paths without the base ("/faqs/"). Read from the built HTML, not crawled.
 */
export function pagesReachedFromHome(folder = DIST, base = '/'): Set<string> {
  const reached = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const $ = builtPage(queue.shift()!, folder);
    for (const element of $(`a[href^="${base}"]`).toArray()) {
      const path = `/${($(element).attr('href') ?? '').slice(base.length).split(/[?#]/)[0]!}`;
      if (!path.endsWith('/') || reached.has(path) || !existsSync(join(folder, path, 'index.html'))) continue;
      reached.add(path);
      queue.push(path);
    }
  }
  return reached;
}

/** The schema.org objects a page declares in JSON-LD. */
export function structuredDataOf($: cheerio.CheerioAPI): Array<Record<string, unknown>> {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);
}
