// A reader's first search, as the budget test (e2e/budgets.test.ts) and `npm run bench:search` measure it: search is
// opened with "/" on a page with an empty cache, a query typed, and every file fetched until the results are announced.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** At most this many bytes (gzipped, as a static host serves them) from opening search to the first results. */
export const FIRST_SEARCH_BUDGET = 100 * 1024;

/** A file's size as a host sends it: gzip at the level most hosts use. */
export const gzippedSize = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** Opens search with "/", types the query, and resolves with milliseconds until the result count is announced. */
export function openAndSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const start = performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    // The dialog only exists once the search UI has loaded.
    const opened = () => document.querySelector<HTMLDialogElement>('[data-search-dialog][open]');
    while (!opened()) await new Promise(requestAnimationFrame);
    const dialog = opened()!;
    const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
    while (list.dataset.query !== query) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, query);
}

export interface FetchedFile {
  path: string;
  /** Bytes the server sent (the test servers do not compress). */
  served: number;
  gzipped: number;
}

/** Every file the page fetches from now until `search` resolves, and what `search` resolved with. */
export async function filesFetchedDuring<T>(
  page: Page,
  search: () => Promise<T>,
): Promise<{ files: FetchedFile[]; outcome: T }> {
  const responses: Response[] = [];
  const listener = (response: Response) => responses.push(response);
  page.on('response', listener);
  const outcome = await search();
  page.off('response', listener);
  const files = await Promise.all(
    responses.map(async (response) => {
      const body = await response.body();
      return {
        path: new URL(response.url()).pathname,
        served: (await response.request().sizes()).responseBodySize,
        gzipped: gzippedSize(body),
      };
    }),
  );
  return { files, outcome };
}
