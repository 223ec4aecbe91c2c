// Spanish as a whole language: every page has its pair in the other language and links it both ways; the estimator,
// its printout and its calendar file speak Spanish; the snippet builder offers the language; the Spanish feed lists
// every Spanish question with pages that exist. Per-page checks (axe, HTML, links) cover /es/ in the other files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FEED_EXTENSION, type FaqFeed } from '../../src/features/clinics/feeds';
import enEstimator from '../../src/i18n/en/estimator';
import { es } from '../../src/i18n/es';
import { DEFAULT_LOCALE, LOCALES, pageInEveryLanguage } from '../../src/site/locales';
import { builtPages, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { DIST } from '../support/static-server';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const SITE = 'https://mesotherapy-guide.example';
const pages = builtPages().filter((path) => !path.endsWith('404.html') && !/^\/es\/embed\//.test(path));
const spanishPages = pages.filter((path) => path.startsWith('/es/'));
const englishPages = pages.filter((path) => !path.startsWith('/es/'));

/** Words of a text, lower case, for comparing languages. */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
const allStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allStrings) : [];
// English words the estimator writes that Spanish never uses: any of them in the Spanish estimate is an untranslated string.
const spanishWords = new Set(allStrings(es).flatMap(wordsOf));
const englishOnlyWords = new Set(allStrings(enEstimator).flatMap(wordsOf).filter((word) => !spanishWords.has(word)));

/** The text a reader sees that is marked Spanish: what the page shows in another language carries its own lang (source titles). */
const visibleSpanishText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((root) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (element?.closest('[lang]')?.getAttribute('lang') === 'es' && element.checkVisibility()) texts.push(walker.currentNode.textContent ?? '');
    }
    return texts.join(' ');
  });

describe('every page in both languages', () => {
  it('has as many Spanish pages as English ones', () => {
    expect(spanishPages.length).toBeGreaterThan(40);
    expect(spanishPages.map((path) => path.replace(/^\/es/, ''))).toEqual(englishPages);
  });

  it.each(pages)('%s links its pair in the other language, and both list the same alternates', (path) => {
    const $ = builtPage(path);
    const locale = path.startsWith('/es/') ? 'es' : DEFAULT_LOCALE;
    const pair = pageInEveryLanguage(path);
    expect($('html').attr('lang')).toBe(locale);
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((link) => [$(link).attr('hreflang'), $(link).attr('href')]));
    expect(alternates).toEqual({ ...Object.fromEntries(LOCALES.map((other) => [other, SITE + pair[other]])), 'x-default': SITE + pair[DEFAULT_LOCALE] });
    for (const other of LOCALES.filter((language) => language !== locale)) {
      const link = $(`header a[hreflang="${other}"]`);
      expect(link.attr('href')).toBe(pair[other]);
      expect(link.attr('lang')).toBe(other);
      // The page it links to links back.
      expect(builtPage(pair[other])(`header a[hreflang="${locale}"]`).attr('href')).toBe(path);
    }
  });

  it('lists each page with its alternates in the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const path of spanishPages) {
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}${path}"/>`);
    }
  });

  it('has a Spanish 404 page, and the English one shows the way to the Spanish home page in Spanish', () => {
    const spanish = builtPage('/es/404.html');
    expect(spanish('html').attr('lang')).toBe('es');
    expect(spanish('h1').text()).toBe(es.notFound.title);
    const english = builtPage('/404.html');
    expect(english('p[lang="es"] a').attr('href')).toBe('/es/');
  });
});

describe('where a Spanish page comes from', () => {
  it.each(spanishPages.filter((path) => path !== '/es/search/'))('%s says it is a translation, of which English version, with a link', (path) => {
    const $ = builtPage(path);
    const note = $('.translation-note');
    expect(note.find('h2').text()).toBe('Sobre esta traducción');
    expect(note.find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(note.find('a[hreflang="en"]').attr('href')).toBe(pageInEveryLanguage(path).en);
  });
});

/** The Spanish estimator, asked for an estimate from the start date typed as day, month and year. */
async function spanishEstimate(day: string, month: string, year: string): Promise<Page> {
  const page = await e2e.context.newPage();
  await page.goto(`${baseUrl}/es/estimator/`);
  const { startDate } = es.estimator;
  await page.getByLabel(startDate.day, { exact: true }).fill(day);
  await page.getByLabel(startDate.month, { exact: true }).fill(month);
  await page.getByLabel(startDate.year, { exact: true }).fill(year);
  await page.getByRole('button', { name: es.estimator.submit }).click();
  return page;
}

describe('the estimator in Spanish', () => {
  it('writes its estimate, timeline, printout and calendar file in Spanish, with Spanish dates', async () => {
    const page = await spanishEstimate('4', '1', '2027');
    await expect.poll(async () => (await page.locator('treatment-estimator').innerText()).includes('lunes, 4 de enero de 2027')).toBe(true);
    const text = await visibleSpanishText(page, 'treatment-estimator');
    expect(text).toContain(es.estimator.resultsHeading);
    expect(text).toMatch(/de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 2027/);
    expect(wordsOf(text).filter((word) => englishOnlyWords.has(word))).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const printed = await visibleSpanishText(page, 'body');
    expect(wordsOf(printed).filter((word) => englishOnlyWords.has(word))).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: es.estimator.calendar.button }).click()]);
    expect(download.suggestedFilename()).toBe(es.estimator.calendar.fileName);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('SUMMARY:Sesión de mesoterapia 1 de ');
    // What calendars show: each event's title, description and reminder, and the calendar's name (ids are not for readers).
    const shown = [...ics.replace(/\r?\n[ \t]/g, '').matchAll(/^(?:SUMMARY|DESCRIPTION|X-WR-CALNAME)[^:]*:(.*)$/gm)].map((match) => match[1]).join(' ');
    expect(shown).toContain(es.estimator.calendar.reminder);
    expect(wordsOf(shown).filter((word) => englishOnlyWords.has(word))).toEqual([]);
    await page.close();
  });

  it('says what is wrong with an impossible date in Spanish', async () => {
    const page = await spanishEstimate('31', '2', '2027');
    await expect.poll(() => page.locator('treatment-estimator').innerText()).toContain(es.estimator.errors['start-impossible']);
    await page.close();
  });
});

describe('clinics in Spanish', () => {
  it('the snippet builder offers the language, and its snippet and title follow it', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    await page.locator('.builder-form').waitFor({ state: 'visible' });
    await page.getByRole('radio', { name: 'Español' }).check();
    await expect.poll(() => page.locator('.builder-snippet').textContent()).toContain('/es/embed/faq/');
    expect(await page.locator('.builder-snippet').textContent()).toContain(`title="Preguntas`);
    await expect.poll(() => page.locator('.builder-json-ld').textContent()).toContain('¿Duele la mesoterapia capilar?');
    await page.close();
  });

  it('the Spanish FAQ feed lists every Spanish question once, each with its live Spanish page', async () => {
    const feed = JSON.parse(readFileSync(join(DIST, 'es', 'api', 'faqs.json'), 'utf8')) as FaqFeed & { language: string };
    const files = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'faqs', 'es')).map((file) => file.replace(/\.mdx$/, ''));
    expect(feed.language).toMatch(/^es/);
    expect(feed.items.map((item) => item[FEED_EXTENSION].id).sort()).toEqual(files.sort());
    for (const item of feed.items) {
      const path = new URL(item.url).pathname;
      expect(path).toMatch(/^\/es\/faqs\//);
      const response = await fetch(baseUrl + path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html lang="es"');
    }
  });
});
