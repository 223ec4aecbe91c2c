// What the embed browser tests share (tests/e2e/embed-*.test.ts): the questions each language's FAQ feed lists, the
// countries the embeds exist for, the snippet the builder (/for-clinics/snippet-builder/) writes, and a clinic's page on a second origin with
// snippets pasted in, whose iframes the loader (/embed.js) sizes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { FEED_EXTENSION, type FaqFeed } from '../../src/features/clinics/feeds';
import type { E2eBrowser } from './browser';
import { type Locale, LOCALES, localePath } from './languages';
import { DIST, serveFolder } from './static-server';

export type Question = { id: string; category: string; question: string };

/** Each language's questions as its FAQ feed lists them (read from dist/): slug, category and question. */
export const questions = Object.fromEntries(
  LOCALES.map((locale): [Locale, Question[]] => {
    const faqFeed = JSON.parse(readFileSync(join(DIST, localePath(locale, 'api/faqs.json')), 'utf8')) as FaqFeed;
    return [locale, faqFeed.items.map((item) => ({ ...item[FEED_EXTENSION], question: item.title }))];
  }),
) as Record<Locale, Question[]>;

/** Each country the embeds exist for, as its address writes it (/embed/country/gb/…). */
export const EMBED_COUNTRIES = ['gb', 'ie', 'es', 'us'] as const;
export type EmbedCountry = (typeof EMBED_COUNTRIES)[number];

/**
 * The snippet exactly as the builder writes it, and a clinic's page to paste snippets in: call once per file, after
 * useBrowser(). Each clinic's page is served on a port of its own, closed after the file.
 */
export function useClinicSite(e2e: E2eBrowser) {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  let defaultSnippet: Promise<string> | undefined;

  /** The snippet exactly as the builder shows it, after the clinic's choices (the default one is made once). */
  async function snippetFromBuilder(choose?: (page: Page) => Promise<void>): Promise<string> {
    if (!choose) return (defaultSnippet ??= snippetAfter(async () => {}));
    return snippetAfter(choose);
  }

  async function snippetAfter(choose: (page: Page) => Promise<void>): Promise<string> {
    const page = await e2e.context.newPage();
    await page.goto(`${e2e.baseUrl}/for-clinics/snippet-builder/`);
    await page.locator('.builder-form').waitFor({ state: 'visible' });
    // The builder's script arrives on first use, as it does for a clinic: the first choice, already made, takes focus.
    await page.getByRole('radio', { checked: true }).first().focus();
    await page.locator('.snippet-builder[data-ready]').waitFor();
    await choose(page);
    const snippet = (await page.locator('.builder-snippet').textContent()) ?? '';
    await page.close();
    return snippet;
  }

  /**
   * A clinic's page on a second origin (another port), with the snippets pasted in and a strict CSP; `logged` holds
   * the errors and warnings its console shows (the page's and its frames').
   */
  async function clinicPage(
    snippets: string[],
    context = e2e.context,
  ): Promise<{ page: Page; url: string; logged: string[] }> {
    const { baseUrl } = e2e;
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

  return { snippetFromBuilder, clinicPage };
}

/** The document of the page's iframe at `index`, once it has loaded. */
export async function frameAt(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no document`);
  await frame.waitForLoadState('load');
  return frame;
}

export const iframeHeight = (page: Page, index: number) =>
  page
    .locator('iframe')
    .nth(index)
    .evaluate((element) => Math.round(element.getBoundingClientRect().height));
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const hasInnerScrollbar = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight);

/** The iframe at `index` becomes as tall as its content, with no scrollbar inside it. */
export async function expectSizedToContent(page: Page, index: number) {
  const frame = await frameAt(page, index);
  await expect.poll(async () => (await iframeHeight(page, index)) - (await contentHeight(frame))).toBe(0);
  expect(await hasInnerScrollbar(frame)).toBe(false);
}
