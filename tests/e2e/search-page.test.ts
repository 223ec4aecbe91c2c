// The search page, /search/: results from the URL, the URL kept in step, filters, "Show more", and without JavaScript.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { resultPaths, searchablePagesIn } from '../support/search-results';
import { RESULTS_PER_PAGE } from '../../src/features/search/search-result';

const e2e = useBrowser();
const { baseUrl } = e2e;

/** Holds the search UI's script on its way until released, so what the reader does first comes first on any machine. */
async function holdSearchUi(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/search-ui.*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
/** The first result's title, once the results are for all of the query. */
async function firstResultFor(page: Page, query: string): Promise<string | null> {
  await resultPaths(page, '[data-search-page]', query);
  return page.locator('[data-search-page] [data-search-results] > li > a').first().textContent();
}

describe('the search page with no query', () => {
  it('paints its box, common questions and A–Z list from the HTML, and loads no script file until the box is used', async () => {
    const page = await e2e.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/search/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Once the page has loaded, every file it asked for is in its resource timing: no script among them.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((name) => name.endsWith('.js'))).toEqual([]);
    expect(requested.filter((path) => path.endsWith('.js') || path.startsWith('/pagefind/'))).toEqual([]);
    // The page is in its final layout already: the box, the questions, the A–Z list and the disclaimer show.
    await expect(page.getByRole('searchbox', { name: 'Search this site' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Does it hurt?' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'All pages from A to Z' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-needs-js]').isVisible()).resolves.toBe(false);
    // Focus in the box is the first use: the search UI, which the page names, arrives then, and searches.
    const script = await page.locator('[data-search-page]').getAttribute('data-script');
    expect(script).toMatch(/^\/_astro\/search-ui\.\w+\.js$/);
    const arrived = page.waitForRequest((request) => new URL(request.url()).pathname === script);
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    await arrived;
    await page.keyboard.type('bruising');
    expect(await firstResultFor(page, 'bruising')).toBe('Bruising');
    expect(new URL(page.url()).searchParams.get('q')).toBe('bruising');
    await page.close();
  });

  it.each([
    ['/search/', 'bruising', 'Bruising'],
    ['/es/search/', 'moratones', 'Moratones'],
  ])(
    'on %s, words typed before the script arrives are kept and searched: “%s” finds “%s”',
    async (path, query, title) => {
      const page = await e2e.context.newPage();
      const release = await holdSearchUi(page);
      await page.goto(baseUrl + path);
      await page.locator('[data-search-page] input[type=search]').pressSequentially(query);
      expect(await page.locator('[data-search-page] [data-search-results] > li').count()).toBe(0);
      release();
      expect(await firstResultFor(page, query)).toBe(title);
      await expect(page.locator('[data-search-page] input[type=search]').inputValue()).resolves.toBe(query);
      await page.close();
    },
  );

  it('Enter pressed before the script arrives still searches, on the same page', async () => {
    const page = await e2e.context.newPage();
    const release = await holdSearchUi(page);
    await page.goto(`${baseUrl}/search/`);
    const input = page.locator('[data-search-page] input[type=search]');
    await input.pressSequentially('bruising');
    await input.press('Enter');
    // The press waits for the script (the tool starter holds it): no page load to /search/?q= in between.
    expect(new URL(page.url()).search).toBe('');
    release();
    expect(await firstResultFor(page, 'bruising')).toBe('Bruising');
    await page.close();
  });

  it('a common question pressed before the script arrives is searched for once it has', async () => {
    const page = await e2e.context.newPage();
    const release = await holdSearchUi(page);
    await page.goto(`${baseUrl}/search/`);
    await page.getByRole('button', { name: 'Does it hurt?' }).click();
    release();
    await resultPaths(page, '[data-search-page]', 'Does it hurt?');
    expect(await page.locator('[data-search-page] input[type=search]').inputValue()).toBe('Does it hurt?');
    await page.close();
  });

  it('works with the keyboard alone: "/" moves to the box (no dialog), Tab reaches a common question, Enter asks it', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await page.locator('[data-search-page] input[type=search]:focus').waitFor();
    expect(await page.locator('[data-search-dialog]').count()).toBe(0);
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Search');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Does it hurt?');
    await page.keyboard.press('Enter');
    await resultPaths(page, '[data-search-page]', 'Does it hurt?');
    await page.close();
  });

  it('has no axe violations before and after the box is used', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-search-page] input[type=search]').focus();
    await page.keyboard.type('bruising');
    await resultPaths(page, '[data-search-page]', 'bruising');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  it('with JavaScript and a query, shows the results first and folds the A–Z list away', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=bruising`);
    await resultPaths(page, '[data-search-page]');
    expect(
      await page.locator('[data-all-pages-list]').evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(false);
    expect(await page.locator('[data-search-needs-js]').count()).toBe(0);
    await page.close();
  });

  it('with a query, fetches Pagefind’s script and WebAssembly at once, beside the search UI, each once', async () => {
    const page = await e2e.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/es/search/?q=moratones`);
    expect(await firstResultFor(page, 'moratones')).toBe('Moratones');
    const hints = await page
      .locator('head link[rel=modulepreload], head link[rel=preload]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hints).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.es.pagefind']);
    for (const file of hints)
      expect(
        requested.filter((path) => path === file),
        file,
      ).toHaveLength(1);
    await page.close();
  });

  it('keeps the URL in step with the query, so a search can be shared', async () => {
    const page = await e2e.context.newPage();
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
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=mesotherapy`);
    await resultPaths(page, '[data-search-page]');
    const total = Number(
      /^(\d+)/.exec((await page.locator('[data-search-page] [role=status]').textContent()) ?? '')?.[1],
    );
    const filter = page.locator('[data-search-page] [data-collection]:not([hidden])', { hasText: 'Side effect' });
    const count = Number(await filter.locator('[data-count]').textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await filter.locator('input').check();
    // Results come a few at a time; the unfiltered ones may still show for a moment, as many as the filtered.
    const shown = Math.min(count, RESULTS_PER_PAGE);
    const labels = () =>
      page.locator('[data-search-page] [data-search-results] > li > p:first-of-type').allTextContents();
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
    const page = await e2e.context.newPage();
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
      await expect
        .poll(async () => (await resultPaths(page, '[data-search-page]')).length)
        .toBe(Math.min(total, 2 * RESULTS_PER_PAGE));
      const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
      expect(focused).toBe((await resultPaths(page, '[data-search-page]'))[RESULTS_PER_PAGE]);
    }
    await page.close();
  });

  it('has no axe violations with results showing', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/search/?q=mesotherapy`);
    await resultPaths(page, '[data-search-page]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript says searching needs it and shows an A–Z list of every page instead of a search box', async () => {
    const noJs = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/search/?q=bruising`);
    // The box is in the HTML for readers with JavaScript, hidden here: it could not show results.
    expect(await page.locator('[data-search-page] input[type=search]').isVisible()).toBe(false);
    // Still a plain GET form to this page, which a press before the search script arrives could fall back to.
    expect(await page.locator('[data-search-page] form[role=search]').getAttribute('action')).toBe('/search/');
    expect(await page.locator('[data-search-page] form input[name=q]').count()).toBe(1);
    // It says why there is no search box, and the A–Z list is open below.
    await expect(page.locator('[data-search-needs-js]').textContent()).resolves.toContain('needs JavaScript');
    expect(
      await page.locator('[data-all-pages-list]').evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
    const listed = await page
      .locator('[data-all-pages] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...listed].sort()).toEqual([...searchablePagesIn('en')].sort());
    const titles = await page.locator('[data-all-pages] a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    // The header's Search is a plain link there.
    await page.goto(`${baseUrl}/faqs/`);
    await expect(page.locator('header a[data-search-open]').getAttribute('href')).resolves.toBe('/search/');
    await noJs.close();
  });
});
