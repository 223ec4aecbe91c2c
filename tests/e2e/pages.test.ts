import { describe, expect, it } from 'vitest';
import { axeViolations, builtPages, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';

const e2e = useBrowser();
const { baseUrl } = e2e;
const contentPages = builtPages().filter((path) => path !== '/404.html');

describe('every page of the built site', () => {
  it('has pages to check', () => {
    expect(contentPages.length).toBeGreaterThan(10);
  });

  it.each(contentPages)('%s loads, has one h1, a review date, no axe violations and no sideways scrolling at 320 px', async (path) => {
    const page = await e2e.context.newPage();
    const response = await page.goto(baseUrl + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    // The search page holds no medical content of its own (only the search box and a list of links), so there is
    // nothing to review: it is the one page without review dates. It still carries the not-medical-advice note.
    await expect(page.locator('.review-dates time').count()).resolves.toBe(path === '/search/' ? 0 : 2);
    expect(await page.locator('[data-pagefind-ignore] h2', { hasText: 'not medical advice' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('sets no cookies on any page', async () => {
    expect(await e2e.context.cookies()).toEqual([]);
  });
});

describe('content security policy', () => {
  it.each([...contentPages, '/404.html'])('%s has a CSP without unsafe-inline scripts', (path) => {
    const csp = builtPage(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('when to get help', () => {
  // Every side effect, the side-effects overview, the safety guide and the pain FAQ show the same two cards.
  const helpPages = [...contentPages.filter((path) => path.startsWith('/side-effects/')), '/guides/safety/', '/faqs/is-it-painful/'];

  it('has every side effect to check', () => {
    expect(helpPages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(helpPages)('%s shows the urgent card, then the emergency card, each saying in words how urgent it is', (path) => {
    const $ = builtPage(path);
    const headings = $('.when-to-get-help h3').toArray().map((heading) => $(heading).text());
    expect(headings).toEqual([
      expect.stringMatching(/^Urgent advice: Ask for an urgent GP appointment or call 111 if:$/),
      expect.stringMatching(/^Immediate action required: Call 999 \(or your local emergency number\) or go to A&E if:$/),
    ]);
    expect($('.care-card-urgent li').text()).toContain('redness or swelling spreads');
    expect($('.care-card-emergency li').text()).toContain('very unwell, very sleepy or confused');
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with status 404 and links to help', async () => {
    const page = await e2e.context.newPage();
    const response = await page.goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    expect(await page.locator('main a').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard use', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toBe('Skip to main content');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.close();
  });

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
