// The search page, /search/: results from the URL, the URL kept in step, filters, "Show more", and without JavaScript.
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { resultPaths, searchablePagesIn } from '../support/search-results';
import { RESULTS_PER_PAGE } from '../../src/features/search/search-result';

const e2e = useBrowser();
const { baseUrl } = e2e;

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
    expect(await page.locator('input[type=search]').count()).toBe(0);
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
