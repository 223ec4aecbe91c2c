// Byte budgets of the built site (bytes are stable; times are not, so they are in `npm run bench`): every page's HTML
// with its CSS in one round trip, no script file on a content page, and a first search within 100 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, isEmbed, useBrowser } from '../support/browser';
import { FIRST_SEARCH_BUDGET, filesFetchedDuring, openAndSearch } from '../support/first-search';
import { LOCALES, localePath, withoutLocale } from '../support/languages';
import { htmlAndCssGzipped, PAGE_BUDGET } from '../support/page-bytes';
import { misspelt, pages, titleOf } from '../support/search-results';
import { DIST } from '../support/static-server';

const e2e = useBrowser();
const htmlOf = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

describe('every page in one round trip', () => {
  it(`keeps each page's HTML with its CSS within ${PAGE_BUDGET} bytes gzipped`, () => {
    const weights = builtPages({ includeEmbeds: true }).map((path) => ({
      path,
      bytes: htmlAndCssGzipped(htmlOf(path)),
    }));
    expect(weights.length).toBeGreaterThan(100);
    expect(weights.filter(({ bytes }) => bytes > PAGE_BUDGET)).toEqual([]);
  });
});

describe('no script file before the reader uses a tool', () => {
  // Search, the estimator and the snippet builder load their scripts on first use; an embed loads its options script
  // only for an address with options (tests/e2e/embed-snippet.test.ts).
  it('loads no script file and preloads none on any page, tools and embeds included', () => {
    const all = builtPages({ includeEmbeds: true });
    expect(all.filter(isEmbed).length).toBeGreaterThan(50);
    expect(
      all.filter((path) => /^\/(estimator|for-clinics\/snippet-builder)\/$/.test(withoutLocale(path))).length,
    ).toBe(4);
    const withScripts = all.filter((path) => /<script[^>]*\ssrc=|<link[^>]+rel="modulepreload"/.test(htmlOf(path)));
    expect(withScripts).toEqual([]);
  });
});

describe('a first search', () => {
  /** Every byte fetched (gzipped) from opening search on the locale's side effects page to the first results. */
  async function firstSearchBytes(locale: (typeof LOCALES)[number], query: string): Promise<number> {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}${localePath(locale, 'side-effects/')}`, { waitUntil: 'networkidle' });
    const { files } = await filesFetchedDuring(page, () => openAndSearch(page, query));
    expect(files.length).toBeGreaterThan(3);
    await page.close();
    return files.reduce((sum, file) => sum + file.gzipped, 0);
  }

  it.each(LOCALES)(
    `downloads at most ${FIRST_SEARCH_BUDGET} bytes gzipped from opening search to the results (%s)`,
    async (locale) => {
      // A side effect's name, as typed and misspelt (a misspelling loads the vocabulary too: the heaviest search).
      const sideEffects = pages.filter((path) => path.startsWith(localePath(locale, 'side-effects/')));
      const { word, typo } = misspelt(
        sideEffects.map(titleOf).find((title) => /\p{L}{7,}/u.test(title)) ?? 'no title with a long word',
      );
      for (const query of [word, typo])
        expect(await firstSearchBytes(locale, query), query).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    },
  );

  // Searches that once cost more (102 to 107 KB): misspellings whose typed and mended words are in different index
  // chunks, whose top results are long guides (the sources page among them), and questions of several words, one
  // misspelt (an index chunk a word, and three vocabulary shards).
  it.each([
    ['es', 'inchazon'],
    ['es', 'minosidil'],
    ['es', 'estudios cientificos'],
    ['es', 'caida del cabeyo despues del parto'],
    // A long question whose every word brought a shard (99.5 KB).
    ['es', 'se nota el pelo mas fino con la regla que se va'],
    ['en', 'hair thinning after giving birth'],
    // Long questions (bench/search-queries-long.ts), up to 104 KB when every meaningful word brought its whole letter
    // of the vocabulary and long guides came first: an index chunk a word, and the text of five pages.
    ['es', 'me salio un grano rojo que pica en la cabeza dos dias despues es normal'],
    ['es', 'despues de la quimio el pelo no me ha vuelto a salir bien funcionaria esto'],
    ['en', 'after chemo my hair has not grown back properly would mesotherapy work for me'],
  ] as const)('stays within the budget (%s) for “%s”', async (locale, query) => {
    expect(await firstSearchBytes(locale, query)).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
