import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('small screens and zoom', () => {
  it.each(['/', '/faqs/', '/side-effects/', '/sources/'])('%s has no sideways scrolling at 320 px wide', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(baseUrl + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the phone menu opens with the keyboard and lists the main pages', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const menu = page.locator('header summary', { hasText: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const links = page.locator('header details[open] a');
    expect(await links.count()).toBeGreaterThan(4);
    expect(await links.first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('content security policy', () => {
  it('every page has a CSP without unsafe-inline scripts', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/default-src 'self'/);
    await page.close();
  });

  it('sets no cookies', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/faqs/`);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it('hides navigation and shows where links go', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').evaluateAll((navs) => navs.some((nav) => nav.checkVisibility()))).toBe(false);
    const link = page.locator('main article a[href^="/"]').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('/');
    await page.close();
  });
});
