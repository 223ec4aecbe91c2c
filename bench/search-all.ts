// `npm run bench:search -- --all`: the bytes of a first search (empty cache, opened on the side effects page) for every
// query of the quality bench in both languages, and for each of its sets alone, split by kind of file: the largest,
// the median, and where the bytes of the heaviest go. Figures only; the budget test (e2e/budgets.test.ts) guards the
// queries that were once the heaviest.
import { launchBrowser } from '../tests/support/browser.ts';
import { FIRST_SEARCH_BUDGET, filesFetchedDuring, openAndSearch } from '../tests/support/first-search.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';
import { QUALITY_QUERIES } from './quality-queries.ts';

// Each language's quality queries, reported whole and per set: the long questions (bench/search-queries-long.ts) are
// the heaviest first searches, since every word needs its index chunk.
const LANGUAGES = [
  { name: 'English', startPage: '/side-effects/', queries: QUALITY_QUERIES.English },
  { name: 'Spanish', startPage: '/es/side-effects/', queries: QUALITY_QUERIES.Spanish },
];
/** Kinds of file a first search fetches, by path. */
const KINDS: [string, RegExp][] = [
  ['wasm', /\/pagefind\/wasm\./],
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['chunk list', /\.pf_meta$/],
  ['entry+filter', /\/pagefind\/(pagefind-entry\.json|filter\/)/],
  ['index chunks', /\/pagefind\/index\//],
  ['texts', /\/pagefind\/fragment\//],
  ['vocabulary', /\/pagefind\/vocabulary\//],
  // The search UI and the chunks it imports (its language's rules and interface words).
  ['our code', /\/_astro\//],
];
const kindOf = (path: string) => KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const SHOWN = 8;

interface Row {
  query: string;
  set?: string;
  total: number;
  split: Map<string, number>;
  count: Map<string, number>;
}

export async function firstSearchOfEveryQuery(): Promise<void> {
  const { url, server } = await serveFolder(DIST);
  const browser = await launchBrowser();
  for (const { name, startPage, queries } of LANGUAGES) {
    const rows: Row[] = [];
    for (const { query, set } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url + startPage, { waitUntil: 'networkidle' });
      const { files } = await filesFetchedDuring(page, () => openAndSearch(page, query));
      await context.close();
      const split = new Map<string, number>();
      const count = new Map<string, number>();
      for (const file of files) {
        const kind = kindOf(file.path);
        split.set(kind, (split.get(kind) ?? 0) + file.gzipped);
        count.set(kind, (count.get(kind) ?? 0) + 1);
      }
      rows.push({ query, set, total: files.reduce((sum, file) => sum + file.gzipped, 0), split, count });
    }
    rows.sort((a, b) => b.total - a.total);
    report(`${name}, ${rows.length} queries, first search from ${startPage}`, rows);
    for (const set of new Set(rows.flatMap((row) => (row.set ? [row.set] : []))))
      report(
        `${name}, ${set}`,
        rows.filter((row) => row.set === set),
      );
  }
  await browser.close();
  server.close();
}

/** The largest, median and smallest of rows (heaviest first), how many are over budget, and the split of the heaviest. */
function report(title: string, rows: Row[]): void {
  const totals = rows.map((row) => row.total);
  const over = rows.filter((row) => row.total > FIRST_SEARCH_BUDGET).length;
  console.log(
    `\n${title} (${rows.length}, KB gzipped): largest ${kb(totals[0]!)}, median ` +
      `${kb(totals[Math.floor(totals.length / 2)]!)}, smallest ${kb(totals.at(-1)!)}; over ${kb(FIRST_SEARCH_BUDGET)}: ${over}`,
  );
  const kinds = KINDS.map(([kind]) => kind).filter((kind) => rows.some((row) => row.split.has(kind)));
  console.log(`  ${'KB'.padStart(6)}  ${kinds.join(' | ')}  query`);
  for (const row of rows.slice(0, SHOWN))
    console.log(
      `  ${kb(row.total).padStart(6)}  ${kinds
        .map((kind) => {
          const files = row.count.get(kind) ?? 0;
          return `${kb(row.split.get(kind) ?? 0)}${files > 1 ? ` (${files})` : ''}`.padStart(kind.length);
        })
        .join(' | ')}  "${row.query}"`,
    );
}
