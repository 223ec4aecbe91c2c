// Prints what search costs a reader: the script every page carries (inline only), the bytes fetched from opening
// search to the first results, and how long results take to be painted after the last key.
// Usage: npm run build && npm run bench:search
// With `-- --all`: every query of the quality bench (both languages) and a set of long questions, first search only,
// with where its bytes go (bench/search-all.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { FIRST_SEARCH_BUDGET, filesFetchedDuring, gzippedSize, openAndSearch } from '../tests/support/first-search.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';
import { firstSearchOfEveryQuery } from './search-all.ts';

// Per language, the page search is opened on and its queries: a plain word, a word being typed, a question, and a
// misspelt word (only then does a vocabulary shard load too); in Spanish also a misspelling mended by sound and a
// question of several words with one misspelt (an index chunk a word, and every result a long page's text).
const LANGUAGES = [
  { startPage: '/side-effects/', queries: ['bruising', 'finasterid', 'is it painful', 'bruseing'] },
  {
    startPage: '/es/side-effects/',
    queries: ['moratones', 'finasterid', 'duele?', 'moreton', 'inchazon', 'caida del cabeyo despues del parto'],
  },
];
const COLD_RUNS = 3;
const WARM_RUNS = 7;

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  throw new Error('dist/ has no search index: run `npm run build` first.');
}

if (process.argv.includes('--all')) {
  await firstSearchOfEveryQuery();
  process.exit(0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// What every page downloads before anyone searches: no script file, only the inline bootstrap in its HTML.
const startHtml = readFileSync(join(DIST, LANGUAGES[0]!.startPage, 'index.html'), 'utf8');
const pageScripts = [...startHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
const inline = [...startHtml.matchAll(/<script(?![^>]*(?:\ssrc=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1]!)
  .join('');
console.log(
  `Script files a content page loads before search is used: ${pageScripts.length} (${pageScripts.join(', ') || 'none'})`,
);
console.log(
  `Inline bootstrap: ${inline.length} B raw, ${gzippedSize(Buffer.from(inline))} B gzipped (inside the HTML)`,
);

/** With search already loaded: milliseconds from the last key (the input event) to the results painted. */
function typeAndSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
    const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
    const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.dataset.query !== query) return;
        observer.disconnect();
        // The next frame is the one that paints them.
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, query);
}

const { url, server } = await serveFolder(DIST);
const browser = await launchBrowser();
const rows: string[][] = [];
for (const { startPage, queries } of LANGUAGES)
  for (const query of queries) {
    // A fresh context per query: an empty cache, as for a reader's first search.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url + startPage, { waitUntil: 'networkidle' });
    const { files: fetched, outcome: coldMs } = await filesFetchedDuring(page, () => openAndSearch(page, query));
    if (query === queries[0]) {
      console.log(`\nFiles fetched from opening search on ${startPage} to the first results for "${query}":`);
      for (const file of fetched)
        console.log(`  ${file.path}: ${kb(file.served)} as served, ${kb(file.gzipped)} gzipped`);
    }
    const served = fetched.reduce((sum, file) => sum + file.served, 0);
    const compressed = fetched.reduce((sum, file) => sum + file.gzipped, 0);
    const results = await page.locator('[data-search-dialog] [role=status]').textContent();
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) warm.push(await typeAndSearch(page, query));
    rows.push([
      startPage,
      query,
      results ?? '',
      String(fetched.length),
      kb(served),
      kb(compressed),
      `${coldMs.toFixed(0)} ms`,
      `${median(warm).toFixed(1)} ms`,
    ]);
    await context.close();
    // The first-search time swings on a shared machine: take the median of a few more empty-cache runs.
    const cold = [coldMs];
    for (let run = 1; run < COLD_RUNS; run += 1) {
      const again = await browser.newContext();
      const fresh = await again.newPage();
      await fresh.goto(url + startPage, { waitUntil: 'networkidle' });
      cold.push(await openAndSearch(fresh, query));
      await again.close();
    }
    rows.at(-1)![6] = `${median(cold).toFixed(0)} ms`;
  }
await browser.close();
server.close();

const header = [
  'opened on',
  'query',
  'announced',
  'requests',
  'bytes as served',
  'bytes gzipped by host',
  `open → results (median of ${COLD_RUNS})`,
  `last key → painted (median of ${WARM_RUNS})`,
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
console.log(`\nFrom opening search (empty cache) to the first results:`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const row of rows) console.log(line(row));
console.log(
  `\nAims: results painted within 150 ms of the last key; at most ${kb(FIRST_SEARCH_BUDGET)} (gzipped) from opening search to the first results (a test too: e2e/budgets.test.ts).`,
);
console.log(
  '"As served" is what the local test server sends (it does not compress); most static hosts gzip JS and JSON.',
);
