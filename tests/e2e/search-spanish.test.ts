// Search in Spanish: each language searches its own index, in its own words, accents or not.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { misspelt, pages, resultPaths, titleOf } from '../support/search-results';
import spanish from '../../src/i18n/es/search';
import { fillTemplate } from '../../src/i18n/fill-template';
import { withoutAccents } from '../../src/language/query-words';

const e2e = useBrowser();
const { baseUrl } = e2e;

describe('search in Spanish', () => {
  const spanishSideEffects = pages.filter((path) => /^\/es\/side-effects\/[^/]+\/$/.test(path));
  const underEs = (paths: string[]) => paths.every((path) => path.startsWith('/es/'));

  it('a Spanish query on /es/search/ finds Spanish pages only, with Spanish words', async () => {
    const path = spanishSideEffects[0]!;
    const query = titleOf(path);
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(query)}`);
    const found = await resultPaths(page, '[data-search-page]', query);
    expect(found.slice(0, 3)).toContain(path);
    expect(underEs(found)).toBe(true);
    const count = Number(
      /(\d+)/.exec((await page.locator('[data-search-page] [role=status]').textContent()) ?? '')?.[1],
    );
    await expect(page.locator('[data-search-page] [role=status]').textContent()).resolves.toBe(
      fillTemplate(spanish.search.resultCount[count === 1 ? 'one' : 'other'], { count: String(count), query }),
    );
    await expect(page.locator('[data-search-page] label[for$="-input"]').textContent()).resolves.toBe(
      spanish.search.label,
    );
    const labels = await page
      .locator('[data-search-page] [data-search-results] > li > p:first-of-type')
      .allTextContents();
    expect(labels).toContain(spanish.collections.sideEffects);
    await page.close();
  });

  it('the dialog on a Spanish page searches the Spanish pages only', async () => {
    const path = spanishSideEffects[1]!;
    const query = titleOf(path);
    const page = await e2e.context.newPage();
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
    const page = await e2e.context.newPage();
    // A word both languages' pages use.
    for (const query of ['minoxidil', 'mesotherapy']) {
      await page.goto(`${baseUrl}/search/?q=${query}`);
      const found = await resultPaths(page, '[data-search-page]', query);
      expect(found.filter((path) => path.startsWith('/es/'))).toEqual([]);
    }
    await page.close();
  });

  it('a Spanish word typed without its accent finds the accented page', async () => {
    const path = pages.find(
      (candidate) =>
        /^\/es\/(side-effects|conditions)\/[^/]+\/$/.test(candidate) &&
        withoutAccents(titleOf(candidate)) !== titleOf(candidate),
    )!;
    const query = withoutAccents(titleOf(path)).toLowerCase();
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(query)}`);
    const found = await resultPaths(page, '[data-search-page]', query);
    expect(found.slice(0, 3)).toContain(path);
    expect(underEs(found)).toBe(true);
    await page.close();
  });

  it('a misspelt Spanish word is corrected, and the page says so in Spanish', async () => {
    const path = spanishSideEffects.find((candidate) => /\p{L}{7,}/u.test(titleOf(candidate)))!;
    const { word, typo } = misspelt(titleOf(path));
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/es/search/?q=${encodeURIComponent(typo)}`);
    const found = await resultPaths(page, '[data-search-page]', typo);
    expect(found.slice(0, 3)).toContain(path);
    const notice = page.locator('[data-search-page] [data-search-notice]');
    const text = (await notice.textContent()) ?? '';
    // The index's own spelling of the word, with or without its accents.
    expect(withoutAccents(text)).toContain(
      withoutAccents(fillTemplate(spanish.search.showingResultsFor, { query: word })),
    );
    await notice.getByRole('button', { name: fillTemplate(spanish.search.searchInstead, { query: typo }) }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.close();
  });
});
