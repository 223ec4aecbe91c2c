// Every built page, in every language, embeds and 404 pages included, loaded once in Chromium: each check that
// applies to every page runs on that one load (tests/README.md lists them). The 404 answer, the skip link and focus
// outlines: layout.test.ts. The "when to get help" cards: care-by-country.test.ts.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, axeViolations, builtPages, isEmbed, isNotFoundPage, useBrowser } from '../support/browser';
import { templateOf } from '../support/page-paths';
import { translationNoteWords } from '../../src/i18n';
import {
  DEFAULT_LOCALE,
  inEveryLanguage,
  isTranslation,
  LOCALE_REGIONS,
  LOCALES,
  localeOf,
  safetyNotes,
  ui,
  withoutLocale,
} from '../support/languages';

const e2e = useBrowser();
const { baseUrl } = e2e;
/**
 * A country's embeds are the build's embed templates again, with that country's care advice in the cards, and
 * embed-pages.test.ts and embed-countries.test.ts check each country's pages and cards: of each country in each language the sweep loads only the
 * embed that shows the cards on their own, the side-effects embed, where a country's longer words could overflow.
 */
const isOtherCountryEmbed = (path: string) =>
  withoutLocale(path).startsWith('/embed/country/') && !withoutLocale(path).endsWith('/side-effects/');
const everyPage = builtPages({ includeEmbeds: true }).filter((path) => !isOtherCountryEmbed(path));

/** The first page of each template in each language: the phone-width checks that cost most run on these. */
const templatePages = new Set(new Map(everyPage.map((path) => [templateOf(path), path])).values());

/** Pages with medical content of their own show review dates; the search page is only a search box and a list. */
const hasReviewDates = (path: string) => !isEmbed(path) && !isNotFoundPage(path) && withoutLocale(path) !== '/search/';

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** What the built page says about itself, read in one go. */
const pageFacts = (page: Page) =>
  page.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null;
    const footer = document.querySelector('body > footer')?.cloneNode(true) as HTMLElement | undefined;
    footer?.querySelectorAll('aside').forEach((aside) => aside.remove());
    return {
      lang: document.documentElement.lang,
      h1s: document.querySelectorAll('h1').length,
      csp: [...document.querySelectorAll('meta[http-equiv="content-security-policy"]')].map(
        (meta) => meta.getAttribute('content') ?? '',
      ),
      reviewDates: [...document.querySelectorAll('.review-dates time')].map((time) => ({
        iso: time.getAttribute('datetime'),
        shown: time.textContent,
      })),
      reviewText: text('.review-dates'),
      notes: [...document.querySelectorAll('aside[aria-labelledby="disclaimer-heading"][data-pagefind-ignore]')].map(
        (aside) => aside.querySelector('h2')?.textContent?.trim(),
      ),
      footerText: footer?.textContent ?? '',
      translationNote: [...document.querySelectorAll('.translation-note')].map((note) => ({
        heading: note.querySelector('h2')?.textContent?.trim(),
        followsVersionOf: note.querySelector('time')?.getAttribute('datetime'),
        links: [...note.querySelectorAll('a[hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          link.getAttribute('href'),
        ]),
      })),
    };
  });

describe('every page of the built site, in every language', () => {
  it('has pages of every language and kind to check', () => {
    for (const locale of LOCALES) {
      const pages = everyPage.filter((path) => localeOf(path) === locale);
      expect(pages.filter((path) => !isEmbed(path)).length, locale).toBeGreaterThan(10);
      expect(pages.filter(isEmbed).length, `${locale} embeds`).toBeGreaterThan(3);
      expect(pages.filter(isNotFoundPage), `${locale} 404 page`).toHaveLength(1);
    }
  });

  // A few tabs for the whole sweep, each reused page after page: a new page per address costs more than the checks,
  // and two tabs keep both cores busy while Node waits on them. Every page that axe checks here gets axe as it loads
  // (the embeds, checked in embed-pages.test.ts, skip its setup).
  const TABS = 2;
  const idle: Tab[] = [];
  const waiting: Array<(tab: Tab) => void> = [];
  const release = (tab: Tab) => (waiting.length > 0 ? waiting.shift()!(tab) : idle.push(tab));
  const takeTab = () =>
    idle.length > 0 ? Promise.resolve(idle.pop()!) : new Promise<Tab>((resolve) => waiting.push(resolve));
  let sweep: BrowserContext;
  beforeAll(async () => {
    sweep = await e2e.newContext();
    await sweep.addInitScript(
      `if (!${JSON.stringify(everyPage.filter(isEmbed))}.includes(location.pathname)) {\n${AXE_SOURCE}\n}`,
    );
    for (let count = 0; count < TABS; count += 1) {
      const page = await sweep.newPage();
      idle.push({
        page,
        cdp: await page.context().newCDPSession(page),
        state: { width: 1280, height: 720, textScale: 1 },
      });
    }
  });
  afterAll(async () => {
    for (const { page } of idle) await page.close();
  });

  it.concurrent.each(everyPage)('%s', async (path) => {
    const tab = await takeTab();
    try {
      await checkPage(tab, path);
    } finally {
      release(tab);
    }
  });

  it('sets no cookies on any page', async () => {
    expect(await sweep.cookies()).toEqual([]);
  });
});

interface ViewState {
  width: number;
  height: number;
  textScale: number;
}
interface Tab {
  page: Page;
  cdp: CDPSession;
  /** The view the tab was left in, which the next page loads in. */
  state: ViewState;
}

/**
 * Every check of the sweep on one page, loaded once in a reused tab. The checks that depend on width and text size
 * run in four views; a page starts in the view the tab's last page ended in and runs the views from that end (1280 px
 * first, or 390 px with large text first), so no layout is spent on a page that is about to be left.
 */
async function checkPage(tab: Tab, path: string) {
  const { page, cdp } = tab;
  const locale = localeOf(path);
  const t = ui(locale);
  const embed = isEmbed(path);
  const views: Array<ViewState & { check: () => Promise<void> }> = [
    {
      width: 1280,
      height: 720,
      textScale: 1,
      // Embeds are checked by axe per template and theme with every answer open (embed-pages.test.ts).
      check: async () => {
        if (!embed) expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
      },
    },
    {
      width: 320,
      height: 640,
      textScale: 1,
      check: async () => expect(await sidewaysOverflow(page), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0),
    },
    {
      width: 390,
      height: 800,
      textScale: 1,
      check: async () => (embed ? undefined : checkPhoneHeader(page, path, t.search.open)),
    },
    {
      width: 390,
      height: 800,
      textScale: 2,
      check: async () =>
        expect(await sidewaysOverflow(page), 'sideways scrolling at 390 px with text at 200%').toBeLessThanOrEqual(0),
    },
  ];
  const isView = (view: ViewState) =>
    view.width === tab.state.width && view.height === tab.state.height && view.textScale === tab.state.textScale;
  if (isView(views.at(-1)!)) views.reverse();
  /** Sets the width, and the browser's own text size as a reader's settings do (WCAG 1.4.4): the page reflows without reloading. */
  const setView = async (view: ViewState) => {
    if (view.width !== tab.state.width || view.height !== tab.state.height)
      await page.setViewportSize({ width: view.width, height: view.height });
    if (view.textScale !== tab.state.textScale)
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * view.textScale, fixed: 13 * view.textScale } });
    tab.state = { width: view.width, height: view.height, textScale: view.textScale };
  };
  await setView(views[0]!);
  const response = await page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  checkFacts(await pageFacts(page), path);
  for (const view of views) {
    await setView(view);
    await view.check();
  }
}

/** What the page says about itself: its language, one h1, the CSP, review dates, the notes, in its language's words. */
function checkFacts(facts: Awaited<ReturnType<typeof pageFacts>>, path: string) {
  const locale = localeOf(path);
  const t = ui(locale);
  expect(facts.lang, '<html lang>').toBe(locale);
  expect(facts.h1s, 'one h1').toBe(1);
  // A CSP without unsafe-inline scripts (the host sends it as a header too: hosting.test.ts).
  expect(facts.csp).toHaveLength(1);
  expect(facts.csp[0]).toMatch(/default-src 'self'/);
  expect(facts.csp[0]).toMatch(/script-src 'self'/);
  expect(facts.csp[0]).not.toMatch(/script-src[^;]*unsafe-inline/);
  // Review dates, written in the page's language.
  expect(facts.reviewDates).toHaveLength(hasReviewDates(path) ? 2 : 0);
  if (hasReviewDates(path)) {
    expect(facts.reviewText).toContain(t.lastReviewed);
    expect(facts.reviewText).toContain(t.nextReview);
    const shown = new Intl.DateTimeFormat(LOCALE_REGIONS[locale], { dateStyle: 'long', timeZone: 'UTC' });
    for (const { iso, shown: text } of facts.reviewDates) expect(text).toBe(shown.format(new Date(`${iso}T00:00:00Z`)));
  }
  // One not-medical-advice note (outside the search index), in the page's language; the footer does not repeat it.
  const note = safetyNotes(locale).notMedicalAdvice;
  expect(facts.notes).toEqual(isNotFoundPage(path) ? [] : [note.title]);
  expect(facts.footerText).not.toContain(note.title);
  expect(facts.footerText).not.toContain(note.paragraphs[0]);
  // A translated page says where it comes from: the date of the English version it follows, and a link to it.
  if (isTranslation(locale) && hasReviewDates(path)) {
    expect(facts.translationNote).toEqual([
      {
        heading: translationNoteWords(locale).heading,
        followsVersionOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        links: [[DEFAULT_LOCALE, inEveryLanguage(path)[DEFAULT_LOCALE]]],
      },
    ]);
  } else expect(facts.translationNote).toEqual([]);
}

/** At 390 px: the logo, Search and Menu share one row, the title starts in the first 200 px, and one control is named Search. */
async function checkPhoneHeader(page: Page, path: string, searchName: string) {
  const tops = await page.evaluate((searchName) => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? NaN;
    // A link's or button's name as a screen reader reads it: its aria-label, or its text without aria-hidden parts
    // (a role locator gives the same count here at ten times the cost; axe checks every name itself).
    const nameOf = (control: Element) => {
      const copy = control.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (control.getAttribute('aria-label') ?? copy.textContent ?? '').trim();
    };
    const searchControls = [...document.querySelectorAll('header a[href], header button')].filter(
      (control) => nameOf(control) === searchName,
    );
    return {
      logo: top('.site-logo'),
      search: top('[data-search-open]'),
      menu: top('header summary'),
      title: top('main h1'),
      searchControls: searchControls.length,
    };
  }, searchName);
  expect(Math.abs(tops.search - tops.logo), 'Search beside the logo').toBeLessThan(10);
  expect(Math.abs(tops.menu - tops.logo), 'Menu beside the logo').toBeLessThan(10);
  expect(tops.title).toBeLessThanOrEqual(200);
  expect(tops.searchControls, 'one Search link or button in the header').toBe(1);
  // The open menu, the same header on every page, is checked by axe in layout.test.ts.
  if (templatePages.has(path)) expect(await axeViolations(page), 'axe at 390 px').toEqual([]);
}
