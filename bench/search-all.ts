// `npm run bench:search -- --all`: the bytes of a first search (empty cache, opened on the side effects page) for every
// query of the quality bench in both languages and for a set of long questions, split by kind of file: the largest,
// the median, and where the bytes of the heaviest go. Figures only; the budget test (e2e/budgets.test.ts) guards the
// queries that were once the heaviest.
import { launchBrowser } from '../tests/support/browser.ts';
import { FIRST_SEARCH_BUDGET, filesFetchedDuring, openAndSearch } from '../tests/support/first-search.ts';
import { DIST, serveFolder } from '../tests/support/static-server.ts';
import { QUALITY_QUERIES } from './quality-queries.ts';

// Long questions as patients may type them, for bytes only (no right answers): every word needs its index chunk, and
// a word the texts do not show needs its vocabulary shard, so these are the heaviest first searches.
const asQueries = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((query) => ({ query: query.trim() }));
const ENGLISH_LONG = asQueries(`
  my hair has been falling out a lot since i had my baby last year what can i do
  can i have the injections if i am taking blood thinners and have high blood pressure
  is it worth paying for mesotherapy or should i just use minoxidil and finasteride instead
  how many sessions will i need before i see new hair growing on my crown
  i got a red itchy bump on my head two days after the treatment is that normal
  what vitamins and things do they actually put in the needles
  will my hair fall out again if i stop going to the clinic every month
  does it hurt a lot and do they numb your scalp first`);
const SPANISH_LONG = asQueries(`
  desde que tuve a mi hija se me cae muchisimo el pelo que puedo hacer
  me puedo hacer las inyecciones si tomo sintrom y tengo la tension alta
  vale la pena pagar la mesoterapia o mejor uso minoxidil y finasterida
  cuantas sesiones necesito para ver pelo nuevo en la coronilla
  me salio un grano rojo que pica en la cabeza dos dias despues es normal
  que vitaminas y cosas ponen en las agujas exactamente
  se me vuelve a caer el pelo si dejo de ir a la clinica cada mes
  duele mucho y te ponen anestesia en el cuero cabelludo antes
  tengo entradas y la coronilla despejada con treinta años sirve la mesoterapia capilar para mi
  estoy con la menopausia y se me ve el cuero cabelludo por la raya funcionaria`);

const LANGUAGES = [
  { name: 'English', startPage: '/side-effects/', queries: QUALITY_QUERIES.English },
  { name: 'Spanish', startPage: '/es/side-effects/', queries: QUALITY_QUERIES.Spanish },
  { name: 'English long questions', startPage: '/side-effects/', queries: ENGLISH_LONG },
  { name: 'Spanish long questions', startPage: '/es/side-effects/', queries: SPANISH_LONG },
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

export async function firstSearchOfEveryQuery(): Promise<void> {
  const { url, server } = await serveFolder(DIST);
  const browser = await launchBrowser();
  for (const { name, startPage, queries } of LANGUAGES) {
    const rows: { query: string; total: number; split: Map<string, number>; count: Map<string, number> }[] = [];
    for (const { query } of queries) {
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
      rows.push({ query, total: files.reduce((sum, file) => sum + file.gzipped, 0), split, count });
    }
    rows.sort((a, b) => b.total - a.total);
    const totals = rows.map((row) => row.total);
    const over = rows.filter((row) => row.total > FIRST_SEARCH_BUDGET).length;
    console.log(
      `\n${name}, ${rows.length} queries, first search from ${startPage} (KB gzipped): largest ${kb(totals[0]!)}, ` +
        `median ${kb(totals[Math.floor(totals.length / 2)]!)}, smallest ${kb(totals.at(-1)!)}; over ${kb(FIRST_SEARCH_BUDGET)}: ${over}`,
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
  await browser.close();
  server.close();
}
