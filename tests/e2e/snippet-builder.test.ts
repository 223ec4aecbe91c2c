// The snippet builder's page, /for-clinics/snippet-builder/: its preview, copying, structured data and axe with
// JavaScript, and without it the default snippet and every country's embed addresses. The snippet on a clinic's page is
// checked in embed-snippet.test.ts.
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { questions, useClinicSite } from '../support/embeds';
import { DEFAULT_LOCALE } from '../support/languages';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const { snippetFromBuilder } = useClinicSite(e2e);
/** The English questions, which most tests use. */
const faqs = questions[DEFAULT_LOCALE];

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
    // Far from view, the preview's box is skipped (content-visibility: auto): its frame is not laid out, so a lazy
    // frame has nothing to load. Without the box, Chromium loads a frame this far down as the page arrives.
    const preview = page.locator('.builder-preview');
    expect(await preview.evaluate((frame) => frame.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
    expect(embeds).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
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
