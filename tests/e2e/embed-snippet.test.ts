// The clinic snippet: the builder's page, /for-clinics/snippet-builder/, writes it (with and without JavaScript), and on a clinic's page on
// another origin its loader (/embed.js) sizes each embed to its content. The options a clinic picks are checked in
// embed-options.test.ts, its patients' country in embed-countries.test.ts.
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE_TYPE } from '../../src/features/clinics/embed-messages';
import { axeViolations, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { expectSizedToContent, frameAt, iframeHeight, questions, useClinicSite } from '../support/embeds';
import { DEFAULT_LOCALE, localePath, TRANSLATIONS, ui } from '../support/languages';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const { snippetFromBuilder, clinicPage } = useClinicSite(e2e);
/** The English questions, which most tests use. */
const faqs = questions[DEFAULT_LOCALE];

describe('the snippet from the builder on a clinic’s page', () => {
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
    await expect.poll(() => frame.locator('.estimator-timeline').innerText()).toContain('Thursday, 3 June 2027');
    await expectSizedToContent(page, 0);
    // An impossible date shows the inline error inside the embed, and the frame grows to show it.
    await frame.getByLabel('Year', { exact: true }).fill('1999');
    await expect.poll(() => frame.getByLabel('Year', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectSizedToContent(page, 0);
    await page.close();
  });

  it('sizes an embed without options from its inline script alone: it loads no script file', async () => {
    const { page } = await clinicPage([await snippetFromBuilder()]);
    const frame = await frameAt(page, 0);
    await expectSizedToContent(page, 0);
    await frame.waitForFunction(() => document.readyState === 'complete');
    const files = await frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(files.filter((name) => name.endsWith('.js'))).toEqual([]);
    // The options script is named, for an address with options or WordPress's secret.
    expect(await frame.evaluate(() => document.documentElement.dataset.embedScript)).toMatch(
      /^\/_astro\/embed-page\.\w+\.js$/,
    );
    await page.close();
  });

  it('grows the iframe to its content with no inner scrollbar, and follows it to an answer and back', async () => {
    const snippet = await snippetFromBuilder();
    expect(snippet).toContain(`${baseUrl}/embed/country/gb/faq/`);
    expect(snippet).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"[^>]*width="100%"/);
    expect(snippet).toContain(`<script src="${baseUrl}/embed.js" async></script>`);
    const { page, logged } = await clinicPage([snippet]);
    await expectSizedToContent(page, 0);

    // A question opens its answer in the same frame, which the loader sizes to the answer.
    const frame = await frameAt(page, 0);
    const list = await iframeHeight(page, 0);
    await frame.getByRole('link', { name: 'Is capillary mesotherapy painful?' }).click();
    await frame.waitForURL(`${baseUrl}/embed/country/gb/faq/is-it-painful/`);
    expect(await frame.locator('h1').textContent()).toBe('Is capillary mesotherapy painful?');
    await expect.poll(() => iframeHeight(page, 0)).not.toBe(list);
    await expectSizedToContent(page, 0);
    // And back to every question from the end of the answer (the link is at its top too), at the list's height again.
    const back = frame.getByRole('link', { name: 'All questions' });
    expect(await back.count()).toBe(2);
    await back.last().click();
    await frame.waitForURL(`${baseUrl}/embed/country/gb/faq/`);
    await expect.poll(() => iframeHeight(page, 0)).toBe(list);
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
    const sideEffectsSnippet = await snippetFromBuilder((page) =>
      page.getByLabel('Side effects', { exact: true }).check(),
    );
    expect(sideEffectsSnippet).toContain('/embed/country/gb/side-effects/');
    const { page } = await clinicPage([faqSnippet, sideEffectsSnippet]);
    await expectSizedToContent(page, 0);
    await expectSizedToContent(page, 1);
    const heights = async () => [await iframeHeight(page, 0), await iframeHeight(page, 1)];
    const settled = await heights();
    const fake = { type: EMBED_HEIGHT_MESSAGE_TYPE, height: 23 };

    // The clinic's own origin (or any script on its page) posting our message type.
    await page.evaluate((message) => window.postMessage(message, '*'), fake);
    // A window on our origin that is not one of the iframes.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((url) => void window.open(url), `${baseUrl}/embed/faq/`),
    ]);
    await popup.waitForLoadState('load');
    await popup.evaluate((message) => window.opener.postMessage(message, '*'), fake);

    // Then the second iframe's own message, which reaches the page after the forged ones: once it has sized the second
    // iframe, the forged ones have been handled, and changed nothing.
    const second = await frameAt(page, 1);
    await second.evaluate((message) => window.parent.postMessage(message, '*'), { ...fake, height: 37 });
    await expect.poll(() => iframeHeight(page, 1)).toBe(37);
    expect(await heights()).toEqual([settled[0], 37]);
    await popup.close();
    await page.close();
  });

  it('embeds the content in the language the clinic picks, sized the same way', async () => {
    const locale = TRANSLATIONS[0]!;
    let jsonLdQuestions: string[] = [];
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel(ui(locale).languageName, { exact: true }).check();
      // The structured data offered beside it lists that language's questions.
      const block = async () =>
        JSON.parse(
          ((await page.locator('.builder-json-ld').textContent()) ?? '').replace(/^<script[^>]*>|<\/script>$/g, ''),
        ) as { mainEntity: Array<{ name: string }> };
      await expect
        .poll(async () => (await block()).mainEntity.map((question) => question.name).sort())
        .toEqual(questions[locale].map((item) => item.question).sort());
      jsonLdQuestions = (await block()).mainEntity.map((question) => question.name);
    });
    expect(jsonLdQuestions.length).toBe(questions[locale].length);
    // The language changes, the country stays: the English page's, the UK.
    expect(snippet).toContain(baseUrl + localePath(locale, 'embed/country/gb/faq'));
    // Titled in that language: the embed's own title.
    const embedTitle = builtPage(localePath(locale, 'embed/faq'))('title').text();
    expect(snippet).toContain(
      `title="${ui(locale).clinics.iframeTitle(embedTitle.split(' | ')[0]!, ui(locale).siteName)}"`,
    );
    const { page, logged } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    expect(await frame.locator('html').getAttribute('lang')).toBe(locale);
    expect(await frame.locator('[data-embed-id]').count()).toBe(questions[locale].length);
    await expectSizedToContent(page, 0);
    // An answer in that language, with its way back in that language.
    await frame.getByRole('link', { name: '¿Duele la mesoterapia capilar?' }).click();
    await frame.waitForURL(baseUrl + localePath(locale, 'embed/country/gb/faq/is-it-painful'));
    await expectSizedToContent(page, 0);
    await frame.getByRole('link', { name: 'Todas las preguntas' }).first().click();
    await frame.waitForURL(baseUrl + localePath(locale, 'embed/country/gb/faq'));
    await expectSizedToContent(page, 0);
    expect(logged).toEqual([]);
    await page.close();
  });
});

describe('/for-clinics/snippet-builder/', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations with the builder and the structured data open (%s)',
    async (scheme) => {
      const schemeContext = await e2e.newContext({ colorScheme: scheme });
      const page = await schemeContext.newPage();
      await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
      await page.locator('.builder-form').waitFor({ state: 'visible' });
      await page.locator('.builder-structured-data summary').click();
      await expect.poll(() => page.locator('.builder-json-ld').textContent()).toContain('"FAQPage"');
      expect(await axeViolations(page)).toEqual([]);
      await schemeContext.close();
    },
  );

  it('loads its preview only as the reader nears it, so the page arrives alone', async () => {
    const page = await e2e.context.newPage();
    const embeds: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/embed/')) embeds.push(request.url());
    });
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
    // Two frames rendered after the load event: a lazy frame near enough to load has asked for its page by then.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
    );
    expect(embeds).toEqual([]);
    await page.locator('.builder-preview').scrollIntoViewIfNeeded();
    await expect.poll(() => embeds).toEqual([`${baseUrl}/embed/country/gb/faq/`]);
    await page.close();
  });

  it('copies the snippet to the clipboard and says so', async () => {
    const clipboardContext = await e2e.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await clipboardContext.newPage();
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
    await page.getByRole('button', { name: 'Copy Your snippet' }).click();
    await expect.poll(() => page.locator('.builder-status').textContent()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('.builder-snippet').textContent(),
    );
    await clipboardContext.close();
  });

  it('offers FAQPage structured data for exactly the chosen questions', async () => {
    const first = faqs[0];
    if (!first) throw new Error('the FAQ feed lists no questions');
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
    await page.locator('.builder-form').waitFor({ state: 'visible' });
    await page.getByLabel(first.question).check();
    const block = async () => {
      const text = (await page.locator('.builder-json-ld').textContent()) ?? '';
      return JSON.parse(text.replace(/^<script[^>]*>|<\/script>$/g, '')) as { mainEntity: Array<{ name: string }> };
    };
    await expect
      .poll(async () => (await block()).mainEntity.map((question) => question.name))
      .toEqual([first.question]);
    await page.close();
  });
});

describe('/for-clinics/snippet-builder/ without JavaScript', () => {
  it('shows the default snippet for the configured site, the same as the builder writes', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
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
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
    const countries = page.locator('.builder-countries > li');
    expect(
      await countries.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.split('\n'))),
    ).toEqual([
      [
        'United Kingdom',
        '/embed/country/gb/faq/',
        '/embed/country/gb/side-effects/',
        '/embed/country/gb/estimator/',
        '/embed/country/gb/compare/',
      ],
      [
        'Ireland',
        '/embed/country/ie/faq/',
        '/embed/country/ie/side-effects/',
        '/embed/country/ie/estimator/',
        '/embed/country/ie/compare/',
      ],
      [
        'Spain',
        '/embed/country/es/faq/',
        '/embed/country/es/side-effects/',
        '/embed/country/es/estimator/',
        '/embed/country/es/compare/',
      ],
      [
        'United States',
        '/embed/country/us/faq/',
        '/embed/country/us/side-effects/',
        '/embed/country/us/estimator/',
        '/embed/country/us/compare/',
      ],
    ]);
    await noScript.close();
  });

  it('points at the questions feed for the structured data, which the script writes out from it', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/for-clinics/snippet-builder/`);
    await page.locator('.builder-structured-data summary').click();
    const feed = page.locator('.builder-json-ld-feed a');
    await expect.poll(() => feed.isVisible()).toBe(true);
    expect(await feed.textContent()).toBe('/api/faqs.json');
    expect(await page.locator('.builder-json-ld').isVisible()).toBe(false);
    const response = await page.request.get(new URL((await feed.getAttribute('href')) ?? '', baseUrl).href);
    expect(response.status()).toBe(200);
    expect(
      Object.keys(((await response.json()) as Record<string, { structured_data?: object }>)._mesotherapy_guide!),
    ).toContain('structured_data');
    await noScript.close();
  });
});
