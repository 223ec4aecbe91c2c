// Search quality over the patients' query set (bench/search-queries.ts), through the real search page of the built
// site: prints hit@1, hit@3, hit@5 and MRR, per kind of query and overall, and every query whose right page is not in
// the top five. Figures only: aims are hit@5 ≥ 90% and MRR ≥ 0.8. Usage: npm run build && npm run bench:quality
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';
import { BENCH_QUERIES, type BenchQuery, type QueryKind } from './search-queries.ts';

/** Result paths in ranking order, as the search page shows them for this query. */
async function searchPage(page: Page, query: string): Promise<{ paths: string[]; status: string }> {
  const input = page.locator('[data-search-page] input[type=search]');
  await input.fill(query);
  await page.waitForFunction(
    (query) => document.querySelector<HTMLElement>('[data-search-page] [data-search-results]')?.dataset.query === query,
    query,
  );
  const paths = await page
    .locator('[data-search-page] [data-search-results] > li > a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const status = (await page.locator('[data-search-page] [role=status]').textContent()) ?? '';
  return { paths, status };
}

const { url, server } = await serveFolder(DIST);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${url}/search/`);
await page.locator('[data-search-page] input[type=search]').waitFor();

const rows: Array<BenchQuery & { rank: number; top: string[]; status: string }> = [];
for (const item of BENCH_QUERIES) {
  const { paths, status } = await searchPage(page, item.query);
  const rank = paths.findIndex((path) => item.accept.includes(path)) + 1; // 0: not found at all
  rows.push({ ...item, rank, top: paths.slice(0, 5), status });
}
await browser.close();
server.close();

const pct = (part: number, all: number) => `${((100 * part) / all).toFixed(0)}%`.padStart(5);
function summary(label: string, set: typeof rows): string {
  const hit = (k: number) => set.filter((row) => row.rank > 0 && row.rank <= k).length;
  const mrr = set.reduce((sum, row) => sum + (row.rank > 0 ? 1 / row.rank : 0), 0) / set.length;
  return `${label.padEnd(12)} ${String(set.length).padStart(3)}  ${pct(hit(1), set.length)}  ${pct(hit(3), set.length)}  ${pct(hit(5), set.length)}  ${mrr.toFixed(2)}`;
}
console.log(`Search quality over ${rows.length} patients' queries (through /search/ on the built site)\n`);
console.log(`${'kind'.padEnd(12)} ${'n'.padStart(3)}  hit@1  hit@3  hit@5   MRR`);
const kinds = [...new Set(rows.map((row) => row.kind))] as QueryKind[];
for (const kind of kinds) console.log(summary(kind, rows.filter((row) => row.kind === kind)));
console.log(summary('all', rows));
const misses = rows.filter((row) => row.rank === 0 || row.rank > 5);
console.log(`\nMisses (no right page in the top five): ${misses.length}`);
for (const miss of misses) {
  console.log(`  "${miss.query}" (${miss.kind}) → ${miss.rank ? `rank ${miss.rank}` : 'not found'}; wanted ${miss.accept.join(' or ')}`);
  console.log(`      got ${miss.top.join(', ') || 'nothing'} — “${miss.status}”`);
}
