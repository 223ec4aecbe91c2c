// Search quality over the patients' query sets in each language (bench/quality-queries.ts), through each language's
// real search page on the built site: prints hit@1, hit@3, hit@5 and MRR, per kind of query, overall and per set, and
// every query whose right page is not first. Figures only: the aims are hit@1 ≥ 85% in English and ≥ 80% in Spanish,
// hit@5 ≥ 95%, and MRR ≥ 0.88 and ≥ 0.85. Usage: npm run build && npm run bench:quality
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';
import { QUALITY_QUERIES } from './quality-queries.ts';
import type { BenchQuery, QueryKind } from './search-queries.ts';

const LANGUAGES = [
  { name: 'English', searchPage: '/search/', queries: QUALITY_QUERIES.English },
  { name: 'Spanish', searchPage: '/es/search/', queries: QUALITY_QUERIES.Spanish },
];

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

const pct = (part: number, all: number) => `${((100 * part) / all).toFixed(0)}%`.padStart(5);
type Row = BenchQuery & { rank: number; top: string[]; status: string };
function summary(label: string, set: Row[]): string {
  const hit = (k: number) => set.filter((row) => row.rank > 0 && row.rank <= k).length;
  const mrr = set.reduce((sum, row) => sum + (row.rank > 0 ? 1 / row.rank : 0), 0) / set.length;
  return `${label.padEnd(12)} ${String(set.length).padStart(3)}  ${pct(hit(1), set.length)}  ${pct(hit(3), set.length)}  ${pct(hit(5), set.length)}  ${mrr.toFixed(2)}`;
}

const { url, server } = await serveFolder(DIST);
const browser = await launchBrowser();
const page = await browser.newPage();
for (const { name, searchPage: path, queries } of LANGUAGES) {
  await page.goto(url + path);
  await page.locator('[data-search-page] input[type=search]').waitFor();
  const rows: Row[] = [];
  for (const item of queries) {
    const { paths, status } = await searchPage(page, item.query);
    const rank = paths.findIndex((found) => item.accept.includes(found)) + 1; // 0: not found at all
    rows.push({ ...item, rank, top: paths.slice(0, 5), status });
  }
  console.log(`\n${name}: search quality over ${rows.length} patients' queries (through ${path} on the built site)\n`);
  console.log(`${'kind'.padEnd(12)} ${'n'.padStart(3)}  hit@1  hit@3  hit@5   MRR`);
  const kinds = [...new Set(rows.map((row) => row.kind))] as QueryKind[];
  for (const kind of kinds)
    console.log(
      summary(
        kind,
        rows.filter((row) => row.kind === kind),
      ),
    );
  console.log(summary('all', rows));
  // Each set alone, and the queries written before it (a change of the rules must not buy one with the other).
  const sets = [...new Set(rows.flatMap((row) => (row.set ? [row.set] : [])))];
  for (const [index, set] of sets.entries()) {
    console.log(
      summary(
        `(${set})`,
        rows.filter((row) => row.set === set),
      ),
    );
    const before = new Set(sets.slice(0, index));
    console.log(
      summary(
        `(before it)`,
        rows.filter((row) => !row.set || before.has(row.set)),
      ),
    );
  }
  const notFirst = rows.filter((row) => row.rank > 1 && row.rank <= 5);
  console.log(`\nRight page found, but not first: ${notFirst.length}`);
  for (const row of notFirst)
    console.log(`  "${row.query}" (${row.kind}) → rank ${row.rank}; got ${row.top.slice(0, row.rank).join(', ')}`);
  const misses = rows.filter((row) => row.rank === 0 || row.rank > 5);
  console.log(`\nMisses (no right page in the top five): ${misses.length}`);
  for (const miss of misses) {
    console.log(
      `  "${miss.query}" (${miss.kind}) → ${miss.rank ? `rank ${miss.rank}` : 'not found'}; wanted ${miss.accept.join(' or ')}`,
    );
    console.log(`      got ${miss.top.join(', ') || 'nothing'} — “${miss.status}”`);
  }
}
await browser.close();
server.close();
