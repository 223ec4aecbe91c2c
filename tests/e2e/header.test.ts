// The header for every reader: at 320 and 390 px with text at 200% (the browser's own text size, as a reader's
// settings set it) nothing overlaps; the phone menu closes on Escape and on a click outside and says "Close menu"
// while open; the search box stays wide enough to read with large text. Firefox and WebKit: engines.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { headerOverlaps } from '../support/large-text';
import { LOCALES, localePath, ui } from '../support/languages';

const e2e = useBrowser();
const { baseUrl } = e2e;
/** The search box must show at least this much of what the reader types (issue 28). */
const MIN_SEARCH_BOX_PX = 160;

/** A page at a width with the browser's text size at `scale` (Chromium's font settings, through CDP). */
async function pageAt(width: number, scale: number): Promise<Page> {
  const page = await e2e.newPage({ viewport: { width, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * scale, fixed: 13 * scale } });
  return page;
}

describe('the header with large text', () => {
  for (const locale of LOCALES) {
    it.each([320, 360, 390])(`nothing overlaps at %i px with text at twice the size (${locale})`, async (width) => {
      const page = await pageAt(width, 2);
      await page.goto(baseUrl + localePath(locale, 'estimator'));
      expect(await page.evaluate(headerOverlaps, 1)).toEqual([]);
      // Nor does it push the page sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('the test sees an overlap when there is one', async () => {
    const page = await pageAt(320, 2);
    await page.goto(baseUrl + localePath('en'));
    // The header as it was: the name allowed to shrink below its longest word, beside the controls.
    await page.evaluate(() => {
      const logo = document.querySelector<HTMLElement>('header .site-logo')!;
      logo.style.setProperty('min-width', '0');
      logo.style.setProperty('flex', '0 1 auto');
      logo.parentElement!.style.setProperty('flex-wrap', 'nowrap');
    });
    expect(await page.evaluate(headerOverlaps, 1)).not.toEqual([]);
    await page.close();
  });
});

describe('the phone menu', () => {
  it.each(LOCALES)('says "Close menu" while open, and closes on Escape and on a click outside (%s)', async (locale) => {
    const t = ui(locale);
    const page = await e2e.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(baseUrl + localePath(locale));
    const menu = page.locator('header details.site-menu');
    const button = menu.locator('summary');
    expect(await button.innerText()).toBe(t.menu);
    await button.click();
    expect(await menu.getAttribute('open')).not.toBeNull();
    expect(await button.innerText()).toBe(t.closeMenu);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await button.innerText()).toBe(t.menu);
    // Focus goes back to the button, so a keyboard user is where they were.
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await button.click();
    // The open menu covers the top of the page: a click at the bottom of the screen is outside it.
    await page.mouse.click(200, 780);
    expect(await menu.getAttribute('open')).toBeNull();
    // A click inside the open menu leaves it open.
    await button.click();
    await menu.locator('ul').click({ position: { x: 2, y: 2 } });
    expect(await menu.getAttribute('open')).not.toBeNull();
    await page.close();
  });
});

describe('the search box with text at 200%', () => {
  it.each([320, 390])(
    `is at least ${MIN_SEARCH_BOX_PX} px wide at %i px, on the search page and in the dialog`,
    async (width) => {
      const page = await pageAt(width, 2);
      await page.goto(`${baseUrl}/search/`);
      const onPage = page.locator('[data-search-page] input[type=search]');
      expect((await onPage.boundingBox())?.width).toBeGreaterThanOrEqual(MIN_SEARCH_BOX_PX);
      await page.goto(`${baseUrl}/faqs/`);
      await page.locator('header [data-search-open]').click();
      const inDialog = page.locator('[data-search-dialog] input[type=search]');
      await inDialog.waitFor();
      expect((await inDialog.boundingBox())?.width).toBeGreaterThanOrEqual(MIN_SEARCH_BOX_PX);
      await page.close();
    },
  );
});
