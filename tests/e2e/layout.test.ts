import { describe, expect, it } from 'vitest';
import { careNavItem, mainNavigation } from '../../src/site/navigation';
import { axeViolations, useBrowser } from '../support/browser';
import { LOCALES, localePath, ui } from '../support/languages';

// Every page's 320 px width, text at 200%, phone header, CSP and cookies are checked in pages.test.ts.
const e2e = useBrowser();
const { baseUrl } = e2e;

describe('small screens', () => {
  it.each(LOCALES)(
    'the phone menu opens with the keyboard, lists the main pages and passes axe (%s)',
    async (locale) => {
      const page = await e2e.newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(baseUrl + localePath(locale));
      const menu = page.locator('header summary', { hasText: ui(locale).menu });
      await menu.focus();
      await page.keyboard.press('Enter');
      const links = page.locator('header details[open] a');
      const shown = await links.evaluateAll((items) =>
        items.map((item) => ({ label: item.textContent?.trim(), href: item.getAttribute('href') })),
      );
      expect(shown).toEqual([...mainNavigation(locale, ui(locale)), careNavItem(locale, ui(locale))]);
      expect(await links.first().isVisible()).toBe(true);
      // The open menu covers the page below it, so only the header is checked.
      expect(await axeViolations(page, 'header'), 'axe in the open menu').toEqual([]);
      await page.close();
    },
  );
});

describe('print', () => {
  it('hides navigation and shows where links go', async () => {
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').evaluateAll((navs) => navs.some((nav) => nav.checkVisibility()))).toBe(
      false,
    );
    const link = page.locator('main article a[href^="/"]').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('/');
    await page.close();
  });
});
