// What the search browser tests share (tests/e2e/search-*.test.ts): the built pages search should find, read from
// dist/, and the results a search shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { builtPages } from './browser';
import { DIST } from './static-server';

export const pages = builtPages();
/** Each language's pages: Spanish under /es/ (its embeds are not pages of the site, as /embed/ is not). */
const pagesIn = (language: 'en' | 'es') =>
  pages.filter((path) =>
    language === 'es' ? path.startsWith('/es/') && !path.startsWith('/es/embed/') : !path.startsWith('/es/'),
  );
/** The pages search finds in a language: all but its 404 page and its search page. */
export const searchablePagesIn = (language: 'en' | 'es') =>
  pagesIn(language).filter((path) => !/^\/(es\/)?(404\.html|search\/)$/.test(path));

/** A built page's h1, read from dist/, so the tests follow whatever the editors have written. */
export function titleOf(path: string): string {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .trim();
}
export const firstPageIn = (folder: string) => {
  const page = pages.find((path) => new RegExp(`^/${folder}/[^/]+/$`).test(path));
  if (!page) throw new Error(`dist/ has no page under /${folder}/: build the site with content first.`);
  return page;
};

const resultLinks = (page: Page, scope: string) => page.locator(`${scope} [data-search-results] > li > a`);
/** Result paths without the highlight parameter, in ranking order; with a query, only once the results are for all of it (as typed). */
export async function resultPaths(page: Page, scope: string, query?: string): Promise<string[]> {
  if (query)
    await page
      .locator(`${scope} [data-search-results]`)
      .and(page.locator(`[data-query="${query.replaceAll('"', '\\"')}"]`))
      .waitFor({ state: 'attached' });
  await page.locator(`${scope} [data-search-results] > li`).first().waitFor();
  const hrefs = await resultLinks(page, scope).evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  return hrefs.map((href) => new URL(href).pathname);
}

/** A first word of a title with one letter dropped from its middle: a typo a reader might make. */
export function misspelt(title: string): { word: string; typo: string } {
  const word = title
    .split(/\s+/)
    .find((candidate) => /^\p{L}{7,}$/u.test(candidate))!
    .toLowerCase();
  const middle = Math.floor(word.length / 2);
  return { word, typo: word.slice(0, middle) + word.slice(middle + 1) };
}
