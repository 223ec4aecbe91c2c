// The options a clinic sets in an embed's address: the questions (?ids=) and the accent (?accent=) as the builder
// writes them, on a clinic's page, and each option (?accent=, ?lang=, ?theme=, ?category=) applied directly.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseCssColour } from '../../src/features/clinics/colour-contrast';
import { useBrowser } from '../support/browser';
import { expectSizedToContent, frameAt, questions, useClinicSite } from '../support/embeds';
import { DEFAULT_LOCALE, localePath, TRANSLATIONS } from '../support/languages';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const { snippetFromBuilder, clinicPage } = useClinicSite(e2e);
/** The English questions, which the tests use. */
const faqs = questions[DEFAULT_LOCALE];

/** The clinic's options are applied once the embed is marked ready (embed-starter.ts); until then it is not shown. */
const embedReady = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

const visibleIds = (frame: Frame) =>
  frame
    .locator('[data-embed-id]')
    .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.id));

describe('the snippet from the builder on a clinic’s page', () => {
  it('shows only the ticked questions (?ids=), and keeps them from an answer back to the list', async () => {
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel('Is capillary mesotherapy painful?').check();
      await page.getByLabel('How much does capillary mesotherapy cost?').check();
    });
    expect(snippet).toContain('?ids=how-much-does-it-cost,is-it-painful');
    const { page } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    await expect.poll(() => visibleIds(frame)).toEqual(['is-it-painful', 'how-much-does-it-cost']);
    expect(await frame.locator('[data-embed-id]').count()).toBe(faqs.length);
    await expectSizedToContent(page, 0);
    await frame.getByRole('link', { name: 'How much does capillary mesotherapy cost?' }).click();
    await frame.waitForURL(
      `${baseUrl}/embed/country/gb/faq/how-much-does-it-cost/?ids=how-much-does-it-cost,is-it-painful`,
    );
    await frame.getByRole('link', { name: 'All questions' }).first().click();
    await frame.waitForURL(`${baseUrl}/embed/country/gb/faq/?ids=how-much-does-it-cost,is-it-painful`);
    await expect.poll(() => visibleIds(frame)).toEqual(['is-it-painful', 'how-much-does-it-cost']);
    await expectSizedToContent(page, 0);
    await page.close();
  });

  it('shows the answer of a question ticked alone, with no link to a list of that one question', async () => {
    const snippet = await snippetFromBuilder((page) => page.getByLabel('Is capillary mesotherapy painful?').check());
    expect(snippet).toContain('/embed/country/gb/faq/?ids=is-it-painful"');
    const { page } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    await frame.waitForURL(`${baseUrl}/embed/country/gb/faq/is-it-painful/?ids=is-it-painful`);
    expect(await frame.locator('h1').textContent()).toBe('Is capillary mesotherapy painful?');
    expect(await frame.getByRole('link', { name: 'All questions' }).count()).toBe(0);
    await expectSizedToContent(page, 0);
    await page.close();
  });

  it('uses the chosen accent, made readable on the background (?accent=)', async () => {
    // Light yellow fails 4.5:1 on white, so the embed must darken it.
    const snippet = await snippetFromBuilder((page) => page.getByLabel('Accent colour').fill('#ffeb3b'));
    expect(snippet).toContain('accent=%23ffeb3b');
    const { page } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    const colours = await frame.evaluate(() => ({
      link: getComputedStyle(document.querySelector('.embed-attribution a')!).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    const link = parseCssColour(colours.link)!;
    expect(contrastRatio(link, parseCssColour(colours.page)!)).toBeGreaterThanOrEqual(4.5);
    // Still a yellow-brown, not our blue: red and green well above blue.
    expect(link.r).toBeGreaterThan(link.b + 40);
    await page.close();
  });
});

describe('embed options applied directly', () => {
  const linkColour = async (path: string, scheme: 'light' | 'dark' = 'light') => {
    const page = await e2e.newPage({ colorScheme: scheme });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(baseUrl + path);
    await embedReady(page);
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.embed-attribution a')!).color);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.close();
    return { colour, background, warnings };
  };

  it('ignores an invalid accent and says why in the console', async () => {
    const ours = await linkColour('/embed/faq/');
    const invalid = await linkColour('/embed/faq/?accent=red');
    expect(invalid.colour).toBe(ours.colour);
    expect(invalid.warnings.join('\n')).toContain('accent: "red" is not a hex colour');
  });

  it.each(TRANSLATIONS)(
    'moves to the same embed in another language for ?lang=%s, keeping the other options',
    async (locale) => {
      const page = await e2e.newPage();
      await page.goto(`${baseUrl}/embed/faq/?lang=${locale}&theme=dark`);
      await page.waitForURL((url) => url.pathname === localePath(locale, 'embed/faq'));
      expect(new URL(page.url()).search).toBe('?theme=dark');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      await page.close();
    },
  );

  it.each(TRANSLATIONS)(
    'keeps the country when ?lang=%s moves a country’s embed to another language',
    async (locale) => {
      const page = await e2e.newPage();
      await page.goto(`${baseUrl}/embed/country/ie/faq/?lang=${locale}`);
      await page.waitForURL((url) => url.pathname === localePath(locale, 'embed/country/ie/faq'));
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      await page.close();
    },
  );

  it('stays in this language for ?lang=en and explains an unknown language', async () => {
    const page = await e2e.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${baseUrl}/embed/faq/?lang=en`);
    await page.goto(`${baseUrl}/embed/faq/?lang=xx`);
    await embedReady(page);
    expect(new URL(page.url()).pathname).toBe('/embed/faq/');
    expect(warnings).toEqual([expect.stringContaining('lang: "xx" is not a language of this site yet')]);
    await page.close();
  });

  it('applies an exact accent that already passes, and lightens a dark one in the dark theme', async () => {
    expect((await linkColour('/embed/faq/?accent=%23aa3300')).colour).toBe('rgb(170, 51, 0)');
    const dark = await linkColour('/embed/faq/?accent=%23330072&theme=dark');
    expect(contrastRatio(parseCssColour(dark.colour)!, parseCssColour(dark.background)!)).toBeGreaterThanOrEqual(4.5);
  });

  it('pins the theme (?theme=dark) whatever the reader’s setting', async () => {
    const light = await linkColour('/embed/faq/');
    const dark = await linkColour('/embed/faq/?theme=dark', 'light');
    expect(dark.background).not.toBe(light.background);
    expect(dark.background).toBe((await linkColour('/embed/faq/', 'dark')).background);
  });

  it('keeps the clinic’s options from the list to an answer and back, and says nothing about the list on the answer', async () => {
    const page = await e2e.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(
      `${baseUrl}/es/embed/country/es/faq/?category=safety-and-side-effects&accent=%23aa3300&theme=light`,
    );
    await page.getByRole('link', { name: '¿Quién no debe hacerse la mesoterapia capilar?' }).click();
    await page.waitForURL(
      `${baseUrl}/es/embed/country/es/faq/who-should-not-have-it/?category=safety-and-side-effects&accent=%23aa3300&theme=light`,
    );
    await embedReady(page);
    expect(await page.locator('h1').textContent()).toBe('¿Quién no debe hacerse la mesoterapia capilar?');
    const back = page.getByRole('link', { name: 'Todas las preguntas' }).first();
    expect(await back.evaluate((link) => getComputedStyle(link).color)).toBe('rgb(170, 51, 0)');
    await back.click();
    await page.waitForURL(
      `${baseUrl}/es/embed/country/es/faq/?category=safety-and-side-effects&accent=%23aa3300&theme=light`,
    );
    expect(await page.locator('[data-embed-id]:visible').count()).toBe(
      faqs.filter((item) => item.category === 'safety-and-side-effects').length,
    );
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('shows one category (?category=)', async () => {
    const category = faqs[0]?.category;
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/embed/faq/?category=${category}`);
    await embedReady(page);
    const shown = await page
      .locator('[data-embed-id]')
      .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.id));
    expect(shown).toEqual(faqs.filter((item) => item.category === category).map((item) => item.id));
    await page.close();
  });

  it('the estimator with a clinic’s accent and theme shows no error before the reader answers, and keeps them', async () => {
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/embed/estimator/?accent=%23aa3300&theme=dark`);
    await page.locator('treatment-estimator[data-ready]').waitFor();
    expect(await page.locator('treatment-estimator .error-message:visible').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator('.estimator-results').isVisible()).toBe(false);
    // The reader's answers join the clinic's options in the address, which keeps them.
    await page.getByLabel('Day', { exact: true }).fill('4');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2027');
    expect(await page.locator('.estimator-results').isVisible()).toBe(true);
    const params = new URL(page.url()).searchParams;
    expect([params.get('accent'), params.get('theme'), params.get('start')]).toEqual(['#aa3300', 'dark', '2027-01-04']);
    await page.close();
  });
});
