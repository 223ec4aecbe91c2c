import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, parseCssColour } from '../../src/features/clinics/colour-contrast';
import { EMBED_HEIGHT_MESSAGE_TYPE } from '../../src/features/clinics/embed-messages';
import { FEED_EXTENSION, type FaqFeed } from '../../src/features/clinics/feeds';
import { axeViolations, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { DEFAULT_LOCALE, type Locale, LOCALES, localePath, safetyNotes, TRANSLATIONS, ui } from '../support/languages';
import { DIST, serveFolder } from '../support/static-server';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const servers: Server[] = [];
type Question = { id: string; category: string; question: string };
/** Each language's questions as its FAQ feed lists them: slug, category and question. */
const questions = {} as Record<Locale, Question[]>;
/** The English questions, which most tests use. */
let faqs: Question[];

/** Each country the embeds exist for, as its address writes it, and what its numbers line says in each language. */
const COUNTRIES = {
  gb: { en: 'These numbers are for the UK.', es: 'Estos números son para el Reino Unido.' },
  ie: { en: 'These numbers are for Ireland.', es: 'Estos números son para Irlanda.' },
  es: { en: 'These numbers are for Spain.', es: 'Estos números son para España.' },
  us: { en: 'These numbers are for the United States.', es: 'Estos números son para Estados Unidos.' },
} satisfies Record<string, Record<Locale, string>>;

beforeAll(async () => {
  for (const locale of LOCALES) {
    const faqFeed = (await (await fetch(baseUrl + localePath(locale, 'api/faqs.json'))).json()) as FaqFeed;
    questions[locale] = faqFeed.items.map((item) => ({ ...item[FEED_EXTENSION], question: item.title }));
  }
  faqs = questions[DEFAULT_LOCALE];
});
afterAll(() => {
  for (const server of servers) server.close();
});

let defaultSnippet: Promise<string> | undefined;

/** The snippet exactly as /for-clinics/ shows it, after the clinic's choices (the default one is made once). */
async function snippetFromBuilder(choose?: (page: Page) => Promise<void>): Promise<string> {
  if (!choose) return (defaultSnippet ??= snippetAfter(async () => {}));
  return snippetAfter(choose);
}

async function snippetAfter(choose: (page: Page) => Promise<void>): Promise<string> {
  const page = await e2e.context.newPage();
  await page.goto(`${baseUrl}/for-clinics/`);
  await page.locator('.builder-form').waitFor({ state: 'visible' });
  await choose(page);
  const snippet = (await page.locator('.builder-snippet').textContent()) ?? '';
  await page.close();
  return snippet;
}

/**
 * A clinic's page on a second origin (another port), with the snippets pasted in and a strict CSP; `logged` holds
 * the errors and warnings its console shows (the page's and its frames').
 */
async function clinicPage(snippets: string[], context = e2e.context): Promise<{ page: Page; url: string; logged: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'clinic-'));
  const csp = `default-src 'self'; script-src ${baseUrl}; frame-src ${baseUrl}`;
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">` +
      `<title>A clinic</title></head><body><h1>Our clinic</h1>${snippets.join('\n<p>Between the embeds.</p>\n')}</body></html>`,
  );
  // Chromium asks every origin for a favicon; without one the page logs a 404.
  writeFileSync(join(folder, 'favicon.ico'), '');
  const { url, server } = await serveFolder(folder);
  servers.push(server);
  expect(new URL(url).origin).not.toBe(new URL(baseUrl).origin);
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) {
      logged.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(`${url}/`);
  return { page, url, logged };
}

async function frameAt(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no document`);
  await frame.waitForLoadState('load');
  return frame;
}

const iframeHeight = (page: Page, index: number) =>
  page.locator('iframe').nth(index).evaluate((element) => Math.round(element.getBoundingClientRect().height));
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const hasInnerScrollbar = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight);
const visibleIds = (frame: Frame) =>
  frame.locator('[data-embed-id]').evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.id));

async function expectSizedToContent(page: Page, index: number) {
  const frame = await frameAt(page, index);
  await expect.poll(async () => (await iframeHeight(page, index)) - (await contentHeight(frame))).toBe(0);
  expect(await hasInnerScrollbar(frame)).toBe(false);
}

describe('the snippet from /for-clinics/ on a clinic’s page', () => {
  it('embeds the estimator, which works inside the iframe and stays sized to its results', async () => {
    const snippet = await snippetFromBuilder((page) => page.getByLabel(/the estimator/).check());
    expect(snippet).toContain('/embed/country/gb/estimator/');
    const { page } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    await expectSizedToContent(page, 0);
    await frame.getByLabel('Day', { exact: true }).fill('4');
    await frame.getByLabel('Month', { exact: true }).fill('1');
    await frame.getByLabel('Year', { exact: true }).fill('2027');
    await frame.getByLabel('Twice a week').check();
    await frame.getByRole('radio', { name: /^Early/ }).check();
    await frame.getByRole('radio', { name: /^Small/ }).check();
    await expect.poll(() => frame.locator('.estimator-timeline').innerText()).toContain('Monday, 7 June 2027');
    await expectSizedToContent(page, 0);
    // An impossible date shows the inline error inside the embed, and the frame grows to show it.
    await frame.getByLabel('Year', { exact: true }).fill('1999');
    await expect.poll(() => frame.getByLabel('Year', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectSizedToContent(page, 0);
    await page.close();
  });

  it('grows the iframe to its content with no inner scrollbar, and follows an opening answer', async () => {
    const snippet = await snippetFromBuilder();
    expect(snippet).toContain(`${baseUrl}/embed/country/gb/faq/`);
    expect(snippet).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"[^>]*width="100%"/);
    expect(snippet).toContain(`<script src="${baseUrl}/embed.js" async></script>`);
    const { page, logged } = await clinicPage([snippet]);
    await expectSizedToContent(page, 0);

    const frame = await frameAt(page, 0);
    const before = await iframeHeight(page, 0);
    await frame.locator('summary').first().click();
    await expect.poll(() => iframeHeight(page, 0)).not.toBe(before);
    await expectSizedToContent(page, 0);
    // The loader posts only to frames that show our page, so the clinic's console stays silent.
    expect(logged).toEqual([]);
    await page.close();
  });

  it('sizes an embed that loaded before the loader script arrived', async () => {
    const snippet = await snippetFromBuilder();
    const [iframe, script] = snippet.split('\n');
    const { page } = await clinicPage([iframe ?? '']);
    const frame = await frameAt(page, 0);
    await frame.locator('.embed-attribution').waitFor();
    const scriptSrc = /src="([^"]+)"/.exec(script ?? '')?.[1] ?? '';
    await page.evaluate((src) => {
      const element = document.createElement('script');
      element.src = src;
      document.body.append(element);
    }, scriptSrc);
    await expectSizedToContent(page, 0);
    await page.close();
  });

  it('sizes several embeds independently and ignores messages from another origin or another window', async () => {
    const faqSnippet = await snippetFromBuilder();
    const sideEffectsSnippet = await snippetFromBuilder((page) => page.getByLabel('Side effects', { exact: true }).check());
    expect(sideEffectsSnippet).toContain('/embed/country/gb/side-effects/');
    const { page } = await clinicPage([faqSnippet, sideEffectsSnippet]);
    await expectSizedToContent(page, 0);
    await expectSizedToContent(page, 1);
    const heights = async () => [await iframeHeight(page, 0), await iframeHeight(page, 1)];
    const settled = await heights();
    const fake = { type: EMBED_HEIGHT_MESSAGE_TYPE, height: 37 };

    // The clinic's own origin (or any script on its page) posting our message type.
    await page.evaluate((message) => window.postMessage(message, '*'), fake);
    // A window on our origin that is not one of the iframes.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((url) => void window.open(url), `${baseUrl}/embed/faq/`),
    ]);
    await popup.waitForLoadState('load');
    await popup.evaluate((message) => window.opener.postMessage(message, '*'), fake);
    await page.waitForTimeout(300);
    expect(await heights()).toEqual(settled);

    // The second iframe's own message changes only the second iframe.
    const second = await frameAt(page, 1);
    await second.evaluate((message) => window.parent.postMessage(message, '*'), fake);
    await expect.poll(() => iframeHeight(page, 1)).toBe(37);
    expect(await iframeHeight(page, 0)).toBe(settled[0]);
    await popup.close();
    await page.close();
  });

  it('embeds the content in the language the clinic picks, sized the same way', async () => {
    const locale = TRANSLATIONS[0]!;
    let jsonLdQuestions: string[] = [];
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel(ui(locale).languageName, { exact: true }).check();
      // The structured data offered beside it lists that language's questions.
      const block = async () => JSON.parse(((await page.locator('.builder-json-ld').textContent()) ?? '').replace(/^<script[^>]*>|<\/script>$/g, '')) as { mainEntity: Array<{ name: string }> };
      await expect.poll(async () => (await block()).mainEntity.map((question) => question.name).sort()).toEqual(questions[locale].map((item) => item.question).sort());
      jsonLdQuestions = (await block()).mainEntity.map((question) => question.name);
    });
    expect(jsonLdQuestions.length).toBe(questions[locale].length);
    // The language changes, the country stays: the English page's, the UK.
    expect(snippet).toContain(baseUrl + localePath(locale, 'embed/country/gb/faq'));
    // Titled in that language: the embed's own title.
    const embedTitle = builtPage(localePath(locale, 'embed/faq'))('title').text();
    expect(snippet).toContain(`title="${ui(locale).clinics.iframeTitle(embedTitle.split(' | ')[0]!, ui(locale).siteName)}"`);
    const { page, logged } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    expect(await frame.locator('html').getAttribute('lang')).toBe(locale);
    expect(await frame.locator('[data-embed-id]').count()).toBe(questions[locale].length);
    await expectSizedToContent(page, 0);
    await frame.locator('summary').first().click();
    await expectSizedToContent(page, 0);
    expect(logged).toEqual([]);
    await page.close();
  });

  it('shows only the ticked questions (?ids=)', async () => {
    const first = faqs[0];
    if (!first) throw new Error('the FAQ feed lists no questions');
    const snippet = await snippetFromBuilder((page) => page.getByLabel(first.question).check());
    expect(snippet).toContain(`?ids=${first.id}`);
    const { page } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    await expect.poll(() => visibleIds(frame)).toEqual([first.id]);
    expect(await frame.locator('[data-embed-id]').count()).toBe(faqs.length);
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
    await page.waitForLoadState('load');
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

  it.each(TRANSLATIONS)('moves to the same embed in another language for ?lang=%s, keeping the other options', async (locale) => {
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/embed/faq/?lang=${locale}&theme=dark`);
    await page.waitForURL((url) => url.pathname === localePath(locale, 'embed/faq'));
    expect(new URL(page.url()).search).toBe('?theme=dark');
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page.close();
  });

  it.each(TRANSLATIONS)('keeps the country when ?lang=%s moves a country’s embed to another language', async (locale) => {
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/embed/country/ie/faq/?lang=${locale}`);
    await page.waitForURL((url) => url.pathname === localePath(locale, 'embed/country/ie/faq'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page.close();
  });

  it('stays in this language for ?lang=en and explains an unknown language', async () => {
    const page = await e2e.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${baseUrl}/embed/faq/?lang=en`);
    await page.goto(`${baseUrl}/embed/faq/?lang=xx`);
    await page.waitForLoadState('load');
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

  it('shows one category (?category=)', async () => {
    const category = faqs[0]?.category;
    const page = await e2e.newPage();
    await page.goto(`${baseUrl}/embed/faq/?category=${category}`);
    const shown = await page.locator('[data-embed-id]').evaluateAll((items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.id),
    );
    expect(shown).toEqual(faqs.filter((item) => item.category === category).map((item) => item.id));
    await page.close();
  });
});

describe.each(LOCALES)('every embed page (%s)', (locale) => {
  // The build's own embeds, then the same for each country, as their paths without the language.
  const embedPaths = () =>
    ['embed', ...Object.keys(COUNTRIES).map((country) => `embed/country/${country}`)].flatMap((folder) =>
      ['faq', 'side-effects', 'estimator', ...questions[locale].map((item) => `faq/${item.id}`)].map((embed) => `${folder}/${embed}`),
    );

  it('exists for every question and every country, unindexed, without the site header, attributed and marked not medical advice', () => {
    expect(questions[locale].map((item) => item.id).sort()).toEqual(faqs.map((item) => item.id).sort());
    for (const embedPath of embedPaths()) {
      const path = localePath(locale, embedPath);
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
      const $ = builtPage(path);
      expect($('html').attr('lang'), path).toBe(locale);
      // ?lang= moves to this path in another language: a country's embed stays that country's.
      expect($('html').attr('data-embed-path'), path).toBe(embedPath);
      expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
      expect($('header, nav').length, `${path}: no site header or navigation`).toBe(0);
      expect($('.embed-attribution a').attr('target'), path).toBe('_blank');
      expect($('.embed-attribution a').attr('rel'), path).toBe('noopener');
      expect($('aside h2').filter((_, element) => $(element).text() === safetyNotes(locale).notMedicalAdvice.title).length, path).toBe(1);
    }
  });
});

describe('axe on the embeds', () => {
  // The pages share four templates (list of questions, one question, side effects, estimator): axe checks each
  // template in each language, with every answer open; the dark reader's theme and a pinned theme with a clinic's
  // accent change only colours, which do not depend on the language, so those run in English, the pinned themes on
  // the two templates with the most accent-coloured parts (links, buttons, answers).
  const templates = (locale: Locale) => () =>
    ['embed/faq', `embed/faq/${questions[locale][0]?.id}`, 'embed/side-effects', 'embed/estimator'].map((path) => localePath(locale, path));
  const accentTemplates = () => ['/embed/faq/', '/embed/estimator/'];
  it.each([
    ...LOCALES.map((locale) => [locale, 'light', '', templates(locale)] as const),
    [DEFAULT_LOCALE, 'dark', '', templates(DEFAULT_LOCALE)],
    [DEFAULT_LOCALE, 'light', '?theme=dark&accent=%23ffeb3b', accentTemplates],
    [DEFAULT_LOCALE, 'dark', '?theme=light&accent=%237fffd4', accentTemplates],
  ] as const)('finds no violations with every answer open (%s, %s reader, options %j)', async (_locale, scheme, search, paths) => {
    const page = await e2e.newPage({ colorScheme: scheme });
    for (const path of paths()) {
      await page.goto(baseUrl + path + search);
      await page.locator('details').evaluateAll((items) => items.forEach((item) => ((item as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page), path + search).toEqual([]);
    }
    expect(await page.context().cookies()).toEqual([]);
    await page.close();
  });
});

describe('/for-clinics/', () => {
  it.each(['light', 'dark'] as const)('has no axe violations with the builder and the structured data open (%s)', async (scheme) => {
    const schemeContext = await e2e.newContext({ colorScheme: scheme });
    const page = await schemeContext.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    await page.locator('.builder-form').waitFor({ state: 'visible' });
    await page.locator('.builder-structured-data summary').click();
    await expect.poll(() => page.locator('.builder-json-ld').textContent()).toContain('"FAQPage"');
    expect(await axeViolations(page)).toEqual([]);
    await schemeContext.close();
  });

  it('copies the snippet to the clipboard and says so', async () => {
    const clipboardContext = await e2e.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await clipboardContext.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    await page.getByRole('button', { name: 'Copy Your snippet' }).click();
    await expect.poll(() => page.locator('.builder-status').textContent()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('.builder-snippet').textContent());
    await clipboardContext.close();
  });

  it('offers FAQPage structured data for exactly the chosen questions', async () => {
    const first = faqs[0];
    if (!first) throw new Error('the FAQ feed lists no questions');
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    await page.locator('.builder-form').waitFor({ state: 'visible' });
    await page.getByLabel(first.question).check();
    const block = async () => {
      const text = (await page.locator('.builder-json-ld').textContent()) ?? '';
      return JSON.parse(text.replace(/^<script[^>]*>|<\/script>$/g, '')) as { mainEntity: Array<{ name: string }> };
    };
    await expect.poll(async () => (await block()).mainEntity.map((question) => question.name)).toEqual([first.question]);
    await page.close();
  });
});

describe('/for-clinics/ without JavaScript', () => {
  it('shows the default snippet for the configured site, the same as the builder writes', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const snippet = (await page.locator('.builder-snippet').textContent()) ?? '';
    expect(snippet).toContain(`${site}/embed/country/gb/faq/`);
    expect(await page.locator('.builder-form').isVisible()).toBe(false);
    expect(snippet.replaceAll(site, baseUrl)).toBe(await snippetFromBuilder());
    await noScript.close();
  });

  it('lists each country’s embed addresses, which the hidden form would otherwise write', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/for-clinics/`);
    const countries = page.locator('.builder-countries > li');
    expect(await countries.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.split('\n')))).toEqual([
      ['United Kingdom', '/embed/country/gb/faq/', '/embed/country/gb/side-effects/', '/embed/country/gb/estimator/'],
      ['Ireland', '/embed/country/ie/faq/', '/embed/country/ie/side-effects/', '/embed/country/ie/estimator/'],
      ['Spain', '/embed/country/es/faq/', '/embed/country/es/side-effects/', '/embed/country/es/estimator/'],
      ['United States', '/embed/country/us/faq/', '/embed/country/us/side-effects/', '/embed/country/us/estimator/'],
    ]);
    await noScript.close();
  });
});

const textOf = (path: string) => builtPage(path)('body').text().replace(/\s+/g, ' ');

describe('each country’s embeds, as built', () => {
  it('the build’s own Spanish embed gives Spain’s numbers, not the UK’s', () => {
    const text = textOf('/es/embed/side-effects/');
    expect(text).toContain('112');
    expect(text).toContain('Estos números son para España.');
    expect(text).not.toMatch(/\b111\b|\b999\b|A&E/);
  });

  it('Ireland’s side-effects embed gives 999 or 112, and says the numbers are Ireland’s', () => {
    const text = textOf('/embed/country/ie/side-effects/');
    expect(text).toContain('999 or 112');
    expect(text).toContain('These numbers are for Ireland.');
  });

  it('one answer for the United States gives 911, not 999', () => {
    const text = textOf('/embed/country/us/faq/what-are-the-side-effects/');
    expect(text).toContain('911');
    expect(text).not.toMatch(/\b999\b/);
  });

  it('the UK’s embed in Spanish gives 999 and the note about Northern Ireland', () => {
    const text = textOf('/es/embed/country/gb/side-effects/');
    expect(text).toContain('999');
    expect(text).toContain('Irlanda del Norte');
  });

  it.each(Object.entries(COUNTRIES))('every %s embed with care advice says whose numbers they are', (country, numbersFor) => {
    for (const locale of LOCALES) {
      const withCards = questions[locale]
        .map((item) => `faq/${item.id}`)
        .concat(['faq', 'side-effects', 'estimator'])
        .map((embed) => localePath(locale, `embed/country/${country}/${embed}`))
        .filter((path) => builtPage(path)('.care-card').length > 0);
      // The side-effects embed, the list of questions and the answers that end with the cards.
      expect(withCards, locale).toEqual(expect.arrayContaining(['side-effects', 'faq', 'faq/what-are-the-side-effects'].map((embed) => localePath(locale, `embed/country/${country}/${embed}`))));
      for (const path of withCards) {
        const $ = builtPage(path);
        const lines = $('.care-country strong').toArray().map((line) => $(line).text());
        expect(lines, path).toEqual(Array($('.when-to-get-help').length).fill(numbersFor[locale]));
      }
    }
  });
});

describe('a clinic in each country', () => {
  // The builder writes the country's address; the embed, framed on the clinic's page by /embed.js, shows its number.
  it.each([
    ['United Kingdom', 'gb', 'Call 999'],
    ['Ireland', 'ie', 'Call 999 or 112'],
    ['Spain', 'es', 'Call 112'],
    ['United States', 'us', 'Call 911'],
  ])('%s: the side-effects embed shows its emergency number and sizes its frame', async (name, country, emergency) => {
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel('Side effects', { exact: true }).check();
      await page.getByLabel('Country of your patients').selectOption({ label: name });
      await expect.poll(() => page.locator('.builder-preview').getAttribute('src')).toBe(`${baseUrl}/embed/country/${country}/side-effects/`);
    });
    expect(snippet).toContain(`${baseUrl}/embed/country/${country}/side-effects/`);
    const { page, logged } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    const heading = frame.locator('.care-card-emergency .care-card-heading');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.innerText()).toContain(emergency);
    await expectSizedToContent(page, 0);
    expect(logged).toEqual([]);
    await page.close();
  });

  it('without JavaScript, a country’s embed still shows its cards and says whose numbers they are', async () => {
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel('Side effects', { exact: true }).check();
      await page.getByLabel('Country of your patients').selectOption({ label: 'United States' });
    });
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const { page } = await clinicPage([snippet], noScript);
    const frame = await frameAt(page, 0);
    const cards = frame.locator('.when-to-get-help');
    expect(await cards.locator('.care-card').count()).toBe(2);
    expect(await cards.locator('.care-card-emergency .care-card-heading').innerText()).toContain('Call 911');
    expect(await cards.locator('.care-country').isVisible()).toBe(true);
    expect(await cards.locator('.care-country').innerText()).toContain('These numbers are for the United States.');
    await noScript.close();
  });
});
