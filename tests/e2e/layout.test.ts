import { describe, expect, it } from 'vitest';
import { careNavItem, mainNavigation } from '../../src/site/navigation';
import { axeViolations, useBrowser } from '../support/browser';
import { DEFAULT_LOCALE, LOCALES, localePath, TRANSLATIONS, ui } from '../support/languages';

// What every page shares beyond the every-page sweep of pages.test.ts (320 px width, text at 200%, phone header, CSP,
// cookies): the phone menu, print, the 404 answer in each language, the skip link and focus outlines.
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
  it('hides navigation, prints the masthead in black and shows where links go', async () => {
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').evaluateAll((navs) => navs.some((nav) => nav.checkVisibility()))).toBe(
      false,
    );
    // The masthead in black: browsers print no backgrounds, so its white words would vanish.
    expect(await page.locator('header .site-logo').evaluate((logo) => getComputedStyle(logo).color)).toBe(
      'rgb(0, 0, 0)',
    );
    const link = page.locator('main article a[href^="/"]').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('/');
    await page.close();
  });
});

describe.each(LOCALES)('an unknown address (%s)', (locale) => {
  it('gets the 404 page in its language, with status 404 and links to help', async () => {
    const page = await e2e.context.newPage();
    const response = await page.goto(baseUrl + localePath(locale, 'no-such-page'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await expect(page.locator('h1').textContent()).resolves.toContain(ui(locale).notFound.title);
    expect(await page.locator('main a').count()).toBeGreaterThan(3);
    // Hosts with one 404 page for the whole site show the English one everywhere: it shows the way to each other
    // language's home page, in that language.
    if (locale === DEFAULT_LOCALE) {
      for (const other of TRANSLATIONS) {
        expect(await page.locator(`main p[lang="${other}"] a`).getAttribute('href'), other).toBe(localePath(other));
      }
    }
    await page.close();
  });
});

describe('keyboard use', () => {
  it.each(LOCALES)(
    'the first Tab reaches the skip link, which moves focus to the main content (%s)',
    async (locale) => {
      const page = await e2e.context.newPage();
      await page.goto(baseUrl + localePath(locale, 'side-effects'));
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      await expect(skip.textContent()).resolves.toBe(ui(locale).skipLink);
      expect(await skip.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
      await page.close();
    },
  );

  it('every link and button shows a visible focus outline', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/faqs/`);
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { width: style.outlineWidth, style: style.outlineStyle, tag: element.tagName };
      });
      expect(outline.style, `focus on ${outline.tag}`).not.toBe('none');
      expect(outline.width).not.toBe('0px');
    }
    await page.close();
  });
});
