// The clinic snippet on a clinic's page on another origin: its loader (/embed.js) sizes each embed to its content. The
// builder that writes it is checked in snippet-builder.test.ts, the options a clinic picks in embed-options.test.ts,
// its patients' country in embed-countries.test.ts.
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE_TYPE } from '../../src/features/clinics/embed-messages';
import { useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { expectSizedToContent, frameAt, iframeHeight, questions, useClinicSite } from '../support/embeds';
import { localePath, TRANSLATIONS, ui } from '../support/languages';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const { snippetFromBuilder, clinicPage } = useClinicSite(e2e);

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
