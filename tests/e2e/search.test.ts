import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, builtPages, useBrowser } from '../support/browser';
import { DIST } from '../support/static-server';
import spanish from '../../src/i18n/es/search';
import { fillTemplate } from '../../src/i18n/fill-template';
import { withoutAccents } from '../../src/features/search/query-words';
import { RESULTS_PER_PAGE } from '../../src/features/search/search-result';

const e2e = useBrowser();
const { baseUrl } = e2e;
const pages = builtPages();
/** Each language's pages: Spanish under /es/ (its embeds are not pages of the site, as /embed/ is not). */
const pagesIn = (language: 'en' | 'es') =>
  pages.filter((path) => (language === 'es' ? path.startsWith('/es/') && !path.startsWith('/es/embed/') : !path.startsWith('/es/')));
/** The pages search finds in a language: all but its 404 page and its search page. */
const searchablePagesIn = (language: 'en' | 'es') => pagesIn(language).filter((path) => !/^\/(es\/)?(404\.html|search\/)$/.test(path));

/** A built page's h1, read from dist/, so the tests follow whatever the editors have written. */
function titleOf(path: string): string {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .trim();
}
const firstPageIn = (folder: string) => {
  const page = pages.find((path) => new RegExp(`^/${folder}/[^/]+/$`).test(path));
  if (!page) throw new Error(`dist/ has no page under /${folder}/: build the site with content first.`);
  return page;
};

/** A page in the shared context; useBrowser() fails the test on a page error or CSP violation, and the file on an outside request. */
const newPage = (): Promise<Page> => e2e.context.newPage();

const resultLinks = (page: Page, scope: string) => page.locator(`${scope} [data-search-results] > li > a`);
/** Result paths without the highlight parameter, in ranking order; with a query, only once the results are for all of it (as typed). */
async function resultPaths(page: Page, scope: string, query?: string): Promise<string[]> {
  if (query) await page.locator(`${scope} [data-search-results]`).and(page.locator(`[data-query="${query.replaceAll('"', '\\"')}"]`)).waitFor({ state: 'attached' });
  await page.locator(`${scope} [data-search-results] > li`).first().waitFor();
  const hrefs = await resultLinks(page, scope).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}

describe('finding pages', () => {
  const cases = [
    ['a side effect', firstPageIn('side-effects')],
    ['a condition', firstPageIn('conditions')],
    ['a question', firstPageIn('faqs')],
  ] as const;

  it.each(cases)('searching for %s by its title finds its page (%s)', async (_, path) => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(titleOf(path))}`);
    const found = await resultPaths(page, '[data-search-page]');
    expect(found.slice(0, 3)).toContain(path);
    await page.close();
  });

  it('shows each result with its collection label and an excerpt with the searched word marked', async () => {
    const path = firstPageIn('side-effects');
    const word = titleOf(path).split(/\s+/)[0]!;
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(word)}`);
    await resultPaths(page, '[data-search-page]');
    const result = page.locator('[data-search-page] [data-search-results] > li', { has: page.locator(`a[href^="${path}"]`) }).first();
    await expect(result.locator('p').first().textContent()).resolves.toBe('Side effect');
    await expect(result.locator('mark').first().textContent()).resolves.toMatch(new RegExp(word.slice(0, 4), 'i'));
    await page.close();
  });

  it('links a long page’s matching sub-section to its heading', async () => {
    const question = titleOf(firstPageIn('faqs'));
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(question)}`);
    await resultPaths(page, '[data-search-page]');
    const sub = page.locator('[data-search-page] [data-search-results] a[href^="/faqs/?"][href*="#"]').first();
    const href = (await sub.getAttribute('href')) ?? '';
    const anchor = decodeURIComponent(href.split('#')[1] ?? '');
    expect(anchor).not.toBe('');
    expect(readFileSync(join(DIST, 'faqs/index.html'), 'utf8')).toContain(`id="${anchor}"`);
    await page.close();
  });

  it('suggests pages when nothing matches', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=kangaroo`);
    const help = page.locator('[data-search-page] [data-search-help]');
    await help.locator('a').first().waitFor();
    expect(await help.locator('a').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-search-page] [role=status]').textContent()).resolves.toContain('No results');
    await page.close();
  });
});

/** A first word of a title with one letter dropped from its middle: a typo a reader might make. */
function misspelt(title: string): { word: string; typo: string } {
  const word = title.split(/\s+/).find((candidate) => /^\p{L}{7,}$/u.test(candidate))!.toLowerCase();
  const middle = Math.floor(word.length / 2);
  return { word, typo: word.slice(0, middle) + word.slice(middle + 1) };
}

/** The patients' words a built page carries for search (its searchTerms metadata). */
function searchTermsOf(path: string): string[] {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const content = /data-search-terms="([^"]*)"/.exec(html)?.[1] ?? '';
  return content.split(', ').filter(Boolean);
}

describe('patients’ own words', () => {
  const sideEffects = pages.filter((path) => /^\/side-effects\/[^/]+\/$/.test(path));
  const withLongWord = sideEffects.find((path) => /[a-z]{7,}/i.test(titleOf(path)))!;

  it('a misspelt word finds its page, and the page says what it searched for instead', async () => {
    const { word, typo } = misspelt(titleOf(withLongWord));
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(typo)}`);
    const found = await resultPaths(page, '[data-search-page]', typo);
    expect(found.slice(0, 3)).toContain(withLongWord);
    const notice = page.locator('[data-search-page] [data-search-notice]');
    await expect(notice.textContent()).resolves.toContain(`Showing results for “${word}”`);
    // Correcting a word needs the vocabulary, fetched only now.
    expect(requested).toContain('/pagefind/vocabulary/en.json');
    // "Search instead for" runs the words as typed.
    await notice.getByRole('button', { name: `Search instead for “${typo}”` }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.close();
  });

  it('a lay word from a page’s searchTerms finds that page', async () => {
    const path = sideEffects.find((candidate) => searchTermsOf(candidate).length > 0)!;
    const term = searchTermsOf(path).find((candidate) => !titleOf(path).toLowerCase().includes(candidate))!;
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(term)}`);
    expect((await resultPaths(page, '[data-search-page]', term)).slice(0, 5)).toContain(path);
    await page.close();
  });

  it('a query with one word no page has still finds results, and says which word it left out', async () => {
    const title = titleOf(withLongWord);
    const query = `${title} kangaroo`;
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    expect((await resultPaths(page, '[data-search-page]')).slice(0, 3)).toContain(withLongWord);
    await expect(page.locator('[data-search-page] [data-search-relaxed="unmatched"]').textContent()).resolves.toContain('“kangaroo”');
    await page.close();
  });

  it('the dialog and /search/?q= give the same results for the same words', async () => {
    const { typo } = misspelt(titleOf(withLongWord));
    const query = `${typo} scalp`;
    const page = await newPage();
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

describe('the search page', () => {
  it('with JavaScript and a query, shows the results first and folds the A–Z list away', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=bruising`);
    await resultPaths(page, '[data-search-page]');
    expect(await page.locator('[data-all-pages-list]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('[data-search-needs-js]').count()).toBe(0);
    await page.close();
  });

  it('keeps the URL in step with the query, so a search can be shared', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/`);
    const input = page.locator('[data-search-page] input[type=search]');
    await input.fill('hair loss');
    await resultPaths(page, '[data-search-page]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('hair loss');
    await input.fill('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('filters narrow the results to one collection, with counts, and the filter is in the URL', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=mesotherapy`);
    await resultPaths(page, '[data-search-page]');
    const total = Number(/^(\d+)/.exec((await page.locator('[data-search-page] [role=status]').textContent()) ?? '')?.[1]);
    const filter = page.locator('[data-search-page] [data-collection]:not([hidden])', { hasText: 'Side effect' });
    const count = Number(await filter.locator('[data-count]').textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await filter.locator('input').check();
    // Results come a few at a time; the unfiltered ones may still show for a moment, as many as the filtered.
    const shown = Math.min(count, RESULTS_PER_PAGE);
    const labels = () => page.locator('[data-search-page] [data-search-results] > li > p:first-of-type').allTextContents();
    await expect.poll(async () => new Set(await labels())).toEqual(new Set(['Side effect']));
    await expect.poll(async () => (await resultPaths(page, '[data-search-page]')).length).toBe(shown);
    expect(new URL(page.url()).searchParams.getAll('collection')).toEqual(['sideEffects']);
    // The filter survives a reload from the URL.
    await page.reload();
    await expect.poll(async () => (await resultPaths(page, '[data-search-page]')).length).toBe(shown);
    expect(await filter.locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it('shows results a few at a time; "Show more" adds the rest and moves focus to the first new one', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=mesotherapy`);
    const shown = await resultPaths(page, '[data-search-page]');
    const status = await page.locator('[data-search-page] [role=status]').textContent();
    const total = Number(/^(\d+)/.exec(status ?? '')?.[1]);
    const more = page.getByRole('button', { name: 'Show more results' });
    expect(shown.length).toBe(Math.min(total, RESULTS_PER_PAGE));
    expect(await more.isVisible()).toBe(total > RESULTS_PER_PAGE);
    if (total > RESULTS_PER_PAGE) {
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await resultPaths(page, '[data-search-page]')).length).toBe(Math.min(total, 2 * RESULTS_PER_PAGE));
      const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
      expect(focused).toBe((await resultPaths(page, '[data-search-page]'))[RESULTS_PER_PAGE]);
    }
    await page.close();
  });

  it('has no axe violations with results showing', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=mesotherapy`);
    await resultPaths(page, '[data-search-page]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript says searching needs it and shows an A–Z list of every page instead of a search box', async () => {
    const noJs = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/search/?q=bruising`);
    expect(await page.locator('input[type=search]').count()).toBe(0);
    // It says why there is no search box, and the A–Z list is open below.
    await expect(page.locator('[data-search-needs-js]').textContent()).resolves.toContain('needs JavaScript');
    expect(await page.locator('[data-all-pages-list]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    const listed = await page.locator('[data-all-pages] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...listed].sort()).toEqual([...searchablePagesIn('en')].sort());
    const titles = await page.locator('[data-all-pages] a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    // The header's Search is a plain link there.
    await page.goto(`${baseUrl}/faqs/`);
    await expect(page.locator('header a[data-search-open]').getAttribute('href')).resolves.toBe('/search/');
    await noJs.close();
  });
});

describe('the search dialog', () => {
  it('downloads no JavaScript at all until the reader opens search, then the search code and index at once, and the vocabulary only if needed', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}${firstPageIn('side-effects')}`, { waitUntil: 'networkidle' });
    // The page carries only an inline bootstrap: no script file, no index.
    expect(requested.filter((path) => path.endsWith('.js'))).toEqual([]);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline.join('').length).toBeLessThan(1024);
    await page.locator('header [data-search-open]').click();
    await page.locator('[data-search-dialog][open]').waitFor();
    // Before the first key: Pagefind and its WebAssembly are on their way.
    await expect.poll(() => requested.some((path) => path.endsWith('.pagefind'))).toBe(true);
    // A word the results show needs no correction, so the vocabulary is not downloaded for it.
    const word = titleOf(firstPageIn('side-effects')).split(/\s+/)[0]!;
    await page.locator('[data-search-dialog] input[type=search]').fill(word);
    await resultPaths(page, '[data-search-dialog]', word);
    expect(requested.filter((path) => path.startsWith('/pagefind/vocabulary/'))).toEqual([]);
    await page.close();
  });

  it('offers common questions when empty, and one of them runs a search', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.keyboard.press('/');
    const questions = page.locator('[data-search-dialog] [data-search-questions]');
    await questions.locator('button').first().waitFor();
    expect(await questions.locator('button').count()).toBeGreaterThanOrEqual(3);
    const question = (await questions.locator('button').first().textContent()) ?? '';
    await questions.locator('button').first().click();
    expect(await page.locator('[data-search-dialog] input[type=search]').inputValue()).toBe(question);
    await resultPaths(page, '[data-search-dialog]');
    expect(await questions.isHidden()).toBe(true);
    await page.close();
  });

  it('works with the keyboard alone: "/" opens it, arrows reach a result, Enter opens it highlighted', async () => {
    const target = firstPageIn('side-effects');
    const title = titleOf(target);
    const page = await newPage();
    await page.goto(`${baseUrl}/faqs/`);
    await page.keyboard.press('/');
    const input = page.locator('[data-search-dialog] input[type=search]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(title);
    const found = await resultPaths(page, '[data-search-dialog]', title);
    const position = found.indexOf(target);
    expect(position).toBeGreaterThanOrEqual(0);
    // Down through every link before the target's (results and their sub-sections), then Enter.
    const links = page.locator('[data-search-dialog] [data-search-results] a');
    const hrefs = await links.evaluateAll((all) => all.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (let step = 0; step <= hrefs.indexOf(target); step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).resolves.toBe(target);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('highlight')).toBeTruthy();
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    await page.close();
  });

  it('Ctrl+K opens it, announces the count, and Escape closes it and returns focus', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    const button = page.locator('header [data-search-open]');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // A click on the backdrop closes it; a click on its padding does not.
    await button.click();
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    const box = (await dialog.boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + 4);
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    await page.mouse.click(box.x + box.width + 2, box.y + box.height / 2);
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);

    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.type('mesotherapy');
    await resultPaths(page, '[data-search-dialog]', 'mesotherapy');
    const status = dialog.locator('[role=status]');
    await expect(status.textContent()).resolves.toMatch(/^\d+ results? for “mesotherapy”$/);
    // One Escape closes it even with words in the box (a search box would otherwise only clear them).
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });

  it('fits a 320 px wide screen (as at 400% zoom) without sideways scrolling', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/side-effects/`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-dialog] input'))).toBe(true);
    await page.keyboard.type('mesotherapy');
    await resultPaths(page, '[data-search-dialog]', 'mesotherapy');
    const overflow = await page.evaluate(() => {
      const dialog = document.querySelector('[data-search-dialog]')!;
      return Math.max(dialog.scrollWidth - dialog.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth);
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('has no axe violations when open, empty and with results', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('hair');
    await resultPaths(page, '[data-search-dialog]', 'hair');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the index', () => {
  it('holds every content page of each language in that language’s index, but not the 404 page or the search page', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const language of ['en', 'es'] as const) expect(entry.languages[language]!.page_count).toBe(searchablePagesIn(language).length);
  });

  it('leaves the disclaimer and navigation out of excerpts', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('cannot replace a talk with a doctor')}`);
    await page.locator('[data-search-page] [role=status]').filter({ hasText: /result/ }).waitFor();
    const excerpts = await page.locator('[data-search-page] [data-search-results]').textContent();
    expect(excerpts).not.toContain('It cannot replace a talk with a doctor who knows your health');
    await page.close();
  });
});

describe('search in Spanish', () => {
  const spanishSideEffects = pages.filter((path) => /^\/es\/side-effects\/[^/]+\/$/.test(path));
  const underEs = (paths: string[]) => paths.every((path) => path.startsWith('/es/'));

  it('a Spanish query on /es/search/ finds Spanish pages only, with Spanish words', async () => {
    const path = spanishSideEffects[0]!;
    const query = titleOf(path);
    const page = await newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(query)}`);
    const found = await resultPaths(page, '[data-search-page]', query);
    expect(found.slice(0, 3)).toContain(path);
    expect(underEs(found)).toBe(true);
    const count = Number(/(\d+)/.exec((await page.locator('[data-search-page] [role=status]').textContent()) ?? '')?.[1]);
    await expect(page.locator('[data-search-page] [role=status]').textContent()).resolves.toBe(
      fillTemplate(spanish.search.resultCount[count === 1 ? 'one' : 'other'], { count: String(count), query }),
    );
    await expect(page.locator('[data-search-page] label[for$="-input"]').textContent()).resolves.toBe(spanish.search.label);
    const labels = await page.locator('[data-search-page] [data-search-results] > li > p:first-of-type').allTextContents();
    expect(labels).toContain(spanish.collections.sideEffects);
    await page.close();
  });

  it('the dialog on a Spanish page searches the Spanish pages only', async () => {
    const path = spanishSideEffects[1]!;
    const query = titleOf(path);
    const page = await newPage();
    await page.goto(`${baseUrl}/es/faqs/`);
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await expect(dialog.locator('label').first().textContent()).resolves.toBe(spanish.search.label);
    await dialog.locator('input[type=search]').fill(query);
    const found = await resultPaths(page, '[data-search-dialog]', query);
    expect(found.slice(0, 3)).toContain(path);
    expect(underEs(found)).toBe(true);
    await page.close();
  });

  it('an English query on English pages finds no Spanish page', async () => {
    const page = await newPage();
    // A word both languages' pages use.
    for (const query of ['minoxidil', 'mesotherapy']) {
      await page.goto(`${baseUrl}/search/?q=${query}`);
      const found = await resultPaths(page, '[data-search-page]', query);
      expect(found.filter((path) => path.startsWith('/es/'))).toEqual([]);
    }
    await page.close();
  });

  it('a Spanish word typed without its accent finds the accented page', async () => {
    const path = pages.find((candidate) => /^\/es\/(side-effects|conditions)\/[^/]+\/$/.test(candidate) && withoutAccents(titleOf(candidate)) !== titleOf(candidate))!;
    const query = withoutAccents(titleOf(path)).toLowerCase();
    const page = await newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(query)}`);
    const found = await resultPaths(page, '[data-search-page]', query);
    expect(found.slice(0, 3)).toContain(path);
    expect(underEs(found)).toBe(true);
    await page.close();
  });

  it('a misspelt Spanish word is corrected, and the page says so in Spanish', async () => {
    const path = spanishSideEffects.find((candidate) => /\p{L}{7,}/u.test(titleOf(candidate)))!;
    const { word, typo } = misspelt(titleOf(path));
    const page = await newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(typo)}`);
    const found = await resultPaths(page, '[data-search-page]', typo);
    expect(found.slice(0, 3)).toContain(path);
    const notice = page.locator('[data-search-page] [data-search-notice]');
    const text = (await notice.textContent()) ?? '';
    // The index's own spelling of the word, with or without its accents.
    expect(withoutAccents(text)).toContain(withoutAccents(fillTemplate(spanish.search.showingResultsFor, { query: word })));
    await notice.getByRole('button', { name: fillTemplate(spanish.search.searchInstead, { query: typo }) }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.close();
  });
});
