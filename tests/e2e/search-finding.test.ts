// Search finds pages by their titles, by patients' own words and misspellings, and shows what it searched for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useBrowser } from '../support/browser';
import { firstPageIn, misspelt, pages, resultPaths, searchablePagesIn, titleOf } from '../support/search-results';
import { DIST } from '../support/static-server';
import { builtPage } from '../support/built-html';

const e2e = useBrowser();
const { baseUrl } = e2e;

describe('finding pages', () => {
  const cases = [
    ['a side effect', firstPageIn('side-effects')],
    ['a condition', firstPageIn('conditions')],
    ['a question', firstPageIn('faqs')],
  ] as const;

  it.each(cases)('searching for %s by its title finds its page (%s)', async (_, path) => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(titleOf(path))}`);
    const found = await resultPaths(page, '[data-search-page]');
    expect(found.slice(0, 3)).toContain(path);
    await page.close();
  });

  it('shows each result with its collection label and an excerpt with the searched word marked', async () => {
    const path = firstPageIn('side-effects');
    const word = titleOf(path).split(/\s+/)[0]!;
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(word)}`);
    await resultPaths(page, '[data-search-page]');
    const result = page
      .locator('[data-search-page] [data-search-results] > li', { has: page.locator(`a[href^="${path}"]`) })
      .first();
    await expect(result.locator('p').first().textContent()).resolves.toBe('Side effect');
    await expect(result.locator('mark').first().textContent()).resolves.toMatch(new RegExp(word.slice(0, 4), 'i'));
    await page.close();
  });

  it('links a long page’s matching sub-section to its heading', async () => {
    const guide = firstPageIn('guides');
    const $ = builtPage(guide);
    // A section heading of the guide's text (not its first), searched for in its own words.
    const heading = $('article .prose > h2[id]').eq(1);
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(heading.text().trim())}`);
    await resultPaths(page, '[data-search-page]');
    const sub = page.locator(`[data-search-page] [data-search-results] a[href^="${guide}?"][href*="#"]`).first();
    const href = (await sub.getAttribute('href')) ?? '';
    const anchor = decodeURIComponent(href.split('#')[1] ?? '');
    expect(anchor).not.toBe('');
    expect($(`[id="${anchor}"]`).length).toBe(1);
    await page.close();
  });

  it('finds a glossary term as a result of its own, at its place in the glossary, after the pages', async () => {
    const glossary = builtPage('/glossary/');
    const terms = glossary('dl > div[id]');
    const term = terms.eq(terms.length - 1);
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(term.find('dt').text().trim())}`);
    await resultPaths(page, '[data-search-page]');
    // Definitions come last: show every result, as many as the status announces.
    const more = page.locator('[data-search-page]').getByRole('button', { name: 'Show more results' });
    const status = (await page.locator('[data-search-page] [role=status]').textContent()) ?? '';
    const count = Number(/\d+/.exec(status)?.[0]);
    const shown = page.locator('[data-search-page] [data-search-results] > li');
    for (let before = await shown.count(); before < count; before = await shown.count()) {
      await more.click();
      await expect.poll(() => shown.count()).toBeGreaterThan(before);
    }
    const links = await page
      .locator('[data-search-page] [data-search-results] > li > a')
      .evaluateAll((found) =>
        found.map((link) => ({ path: (link as HTMLAnchorElement).pathname, hash: (link as HTMLAnchorElement).hash })),
      );
    const isTerm = (link: { path: string }) => link.path === '/glossary/';
    expect(links.filter(isTerm)).toContainEqual({ path: '/glossary/', hash: `#${term.attr('id')}` });
    // Beyond the first five (put in order by what names the query), definitions follow every page.
    const rest = links.slice(5);
    expect(rest.slice(rest.findIndex(isTerm)).every(isTerm)).toBe(true);
    await page.close();
  });

  it('puts a definition first when it alone names the query (no page is about a “skin doctor”)', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('skin doctor')}`);
    await resultPaths(page, '[data-search-page]', 'skin doctor');
    const first = page.locator('[data-search-page] [data-search-results] > li > a').first();
    expect(await first.evaluate((link) => (link as HTMLAnchorElement).hash)).toBe('#dermatologist');
    await expect(first.textContent()).resolves.toContain('Dermatologist');
    // Five results still show, the pages after the definition.
    await expect(page.locator('[data-search-page] [data-search-results] > li').count()).resolves.toBe(5);
    await page.close();
  });

  it('suggests pages when nothing matches', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=kangaroo`);
    const help = page.locator('[data-search-page] [data-search-help]');
    await help.locator('a').first().waitFor();
    expect(await help.locator('a').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-search-page] [role=status]').textContent()).resolves.toContain('No results');
    await page.close();
  });
});

/** The patients' words an English page gives search: its searchTerms, in its content file's frontmatter. */
function searchTermsOf(path: string): string[] {
  const [, collection, slug] = /^\/([^/]+)\/([^/]+)\/$/.exec(path)!;
  const file = join(import.meta.dirname, '..', '..', 'content', collection!, 'en', `${slug}.mdx`);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
  return (parse(frontmatter) as { searchTerms?: string[] }).searchTerms ?? [];
}

describe('patients’ own words', () => {
  const sideEffects = pages.filter((path) => /^\/side-effects\/[^/]+\/$/.test(path));
  const withLongWord = sideEffects.find((path) => /[a-z]{7,}/i.test(titleOf(path)))!;

  it('a misspelt word finds its page, and the page says what it searched for instead', async () => {
    const { word, typo } = misspelt(titleOf(withLongWord));
    const page = await e2e.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(typo)}`);
    const found = await resultPaths(page, '[data-search-page]', typo);
    expect(found.slice(0, 3)).toContain(withLongWord);
    const notice = page.locator('[data-search-page] [data-search-notice]');
    await expect(notice.textContent()).resolves.toContain(`Showing results for “${word}”`);
    // Correcting a word needs the vocabulary, fetched only now, and only the shard of words starting as it does.
    expect(requested.filter((path) => path.startsWith('/pagefind/vocabulary/'))).toEqual([
      `/pagefind/vocabulary/en/${typo[0]}.json`,
    ]);
    // "Search instead for" runs the words as typed.
    await notice.getByRole('button', { name: `Search instead for “${typo}”` }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.close();
  });

  it('a question around a misspelt word loads no vocabulary for its function words, which are never searched', async () => {
    const { typo } = misspelt(titleOf(withLongWord));
    // Function words none of which starts as the misspelt word does, so their shards would be other files.
    const question = ['how does the', 'what is it'].find((words) => !words.split(' ').some((w) => w[0] === typo[0]))!;
    const page = await e2e.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(`${question} ${typo}`)}`);
    const found = await resultPaths(page, '[data-search-page]', `${question} ${typo}`);
    expect(found.slice(0, 3)).toContain(withLongWord);
    expect(requested.filter((path) => path.startsWith('/pagefind/vocabulary/'))).toEqual([
      `/pagefind/vocabulary/en/${typo[0]}.json`,
    ]);
    await page.close();
  });

  it('a lay word from a page’s searchTerms finds that page', async () => {
    const path = sideEffects.find((candidate) => searchTermsOf(candidate).length > 0)!;
    const term = searchTermsOf(path).find((candidate) => !titleOf(path).toLowerCase().includes(candidate))!;
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(term)}`);
    expect((await resultPaths(page, '[data-search-page]', term)).slice(0, 5)).toContain(path);
    await page.close();
  });

  it('a query with one word no page has still finds results, and says which word it left out', async () => {
    const title = titleOf(withLongWord);
    const query = `${title} kangaroo`;
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    expect((await resultPaths(page, '[data-search-page]')).slice(0, 3)).toContain(withLongWord);
    await expect(page.locator('[data-search-page] [data-search-relaxed="unmatched"]').textContent()).resolves.toContain(
      '“kangaroo”',
    );
    await page.close();
  });

  it('the dialog and /search/?q= give the same results for the same words', async () => {
    const { typo } = misspelt(titleOf(withLongWord));
    const query = `${typo} scalp`;
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.locator(`[data-search-page] [data-search-results][data-query="${query}"]`).waitFor();
    const onPage = await resultPaths(page, '[data-search-page]');
    await page.goto(`${baseUrl}/faqs/`);
    await page.keyboard.press('/');
    await page.locator('[data-search-dialog] input[type=search]').fill(query);
    await page.locator(`[data-search-dialog] [data-search-results][data-query="${query}"]`).waitFor();
    expect(await resultPaths(page, '[data-search-dialog]')).toEqual(onPage);
    await page.close();
  });
});

describe('the index', () => {
  it('holds every content page of each language in that language’s index, and each glossary term as a result of its own, but not the 404 page or the search page', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const language of ['en', 'es'] as const) {
      const terms = builtPage(language === 'en' ? '/glossary/' : '/es/glossary/')('dl dt').length;
      expect(terms).toBeGreaterThan(10);
      expect(entry.languages[language]!.page_count).toBe(searchablePagesIn(language).length + terms);
    }
  });

  it('leaves the disclaimer and navigation out of excerpts', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('cannot replace a talk with a doctor')}`);
    await page
      .locator('[data-search-page] [role=status]')
      .filter({ hasText: /result/ })
      .waitFor();
    const excerpts = await page.locator('[data-search-page] [data-search-results]').textContent();
    expect(excerpts).not.toContain('It cannot replace a talk with a doctor who knows your health');
    await page.close();
  });
});
