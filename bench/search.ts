// Prints what search costs a reader: the loader every page carries, the bytes fetched from opening
// search to the first results, and how long results take. Usage: npm run build && npm run bench:search
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';

const START_PAGE = '/side-effects/';
const QUERIES = ['bruising', 'telogen effluvium', 'is it painful', 'finasteride'];
const COLD_RUNS = 3;
const WARM_RUNS = 7;

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  throw new Error('dist/ has no search index: run `npm run build` first.');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// What every page downloads before anyone searches: the loader module only.
const startHtml = readFileSync(join(DIST, START_PAGE, 'index.html'), 'utf8');
const pageScripts = [...startHtml.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
console.log(`Scripts every page loads: ${pageScripts.length}`);
for (const src of pageScripts) {
  const body = readFileSync(join(DIST, src));
  console.log(`  ${src}: ${kb(body.length)} raw, ${gzipped(body)} B gzipped`);
}

/** Opens search with "/", types the query, and resolves with milliseconds until the result count is announced. */
function openAndSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const start = performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    // The dialog only exists once the search UI has loaded.
    const opened = () => document.querySelector<HTMLDialogElement>('[data-search-dialog][open]');
    while (!opened()) await new Promise(requestAnimationFrame);
    const dialog = opened()!;
    const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
    const status = dialog.querySelector('[role=status]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!status.textContent?.includes(`“${query}”`)) await new Promise((resolve) => setTimeout(resolve, 1));
    return performance.now() - start;
  }, query);
}

/** With search already loaded: milliseconds from the input event to the announced result count. */
function typeAndSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
    const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
    const status = dialog.querySelector('[role=status]')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!status.textContent?.includes(`“${query}”`)) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, query);
}

const { url, server } = await serveFolder(DIST);
const browser = await launchBrowser();
const rows: string[][] = [];
for (const query of QUERIES) {
  // A fresh context per query: an empty cache, as for a reader's first search.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + START_PAGE, { waitUntil: 'networkidle' });
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  const coldMs = await openAndSearch(page, query);
  const fetched = await Promise.all(
    responses.map(async (response) => ({
      path: new URL(response.url()).pathname,
      served: (await response.request().sizes()).responseBodySize,
      body: await response.body(),
    })),
  );
  if (query === QUERIES[0]) {
    console.log(`\nFiles fetched from opening search to the first results for "${query}":`);
    for (const file of fetched) console.log(`  ${file.path}: ${kb(file.served)} as served, ${kb(gzipped(file.body))} gzipped`);
  }
  const served = fetched.reduce((sum, file) => sum + file.served, 0);
  const compressed = fetched.reduce((sum, file) => sum + gzipped(file.body), 0);
  const results = await page.locator('[data-search-dialog] [role=status]').textContent();
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) warm.push(await typeAndSearch(page, query));
  rows.push([query, results ?? '', String(fetched.length), kb(served), kb(compressed), `${coldMs.toFixed(0)} ms`, `${median(warm).toFixed(1)} ms`]);
  await context.close();
  // The first-search time swings on a shared machine: take the median of a few more empty-cache runs.
  const cold = [coldMs];
  for (let run = 1; run < COLD_RUNS; run += 1) {
    const again = await browser.newContext();
    const fresh = await again.newPage();
    await fresh.goto(url + START_PAGE, { waitUntil: 'networkidle' });
    cold.push(await openAndSearch(fresh, query));
    await again.close();
  }
  rows.at(-1)![5] = `${median(cold).toFixed(0)} ms`;
}
await browser.close();
server.close();

const header = ['query', 'announced', 'requests', 'bytes as served', 'bytes gzipped by host', `open → results (median of ${COLD_RUNS})`, `typing → results (median of ${WARM_RUNS})`];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
console.log(`\nFrom opening search on ${START_PAGE} (empty cache) to the first results:`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const row of rows) console.log(line(row));
console.log('\nAims: first results under 150 ms after typing; under 100 KB downloaded for the first query.');
console.log('"As served" is what the local test server sends (it does not compress); most static hosts gzip JS and JSON.');
