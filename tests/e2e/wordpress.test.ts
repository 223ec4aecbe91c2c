// Our oEmbed files in a WordPress post: WordPress's own wp-embed.js (Debian's package, unpacked by npm run
// test:machine) on a page of another origin, with each embed's iframe exactly as wp_filter_oembed_result() writes it
// (support/wordpress.ts): sandboxed, hidden until the embed speaks, sized by wp-embed.js to at most 1000 px.
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { wranglerReady } from '../support/host-servers';
import { serveFolder } from '../support/static-server';
import { writeWordPressPost } from '../support/wordpress';

const e2e = useBrowser({ colorScheme: 'light' });
const servers: Server[] = [];
let ours: string;
beforeAll(async () => {
  // The site with its own response headers, as a host serves it: the sandboxed frame depends on them.
  ours = await wranglerReady(inject('wranglerDev'));
});
afterAll(() => {
  for (const server of servers) server.close();
});

/** A WordPress post with the embed of one oEmbed file (e.g. "oembed/faqs.json"), opened at this width. */
async function wordpressPost(
  oembedFile: string,
  width: number,
  { secretFromScript = false } = {},
): Promise<{ page: Page; secret: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'wordpress-post-'));
  // A frame that reached the post without its secret (and so without the fallback that would share it): wp-embed.js
  // adds a secret to its address when it starts.
  const secret = writeWordPressPost(folder, 'index.html', oembedFile, ours, (embed, secret) =>
    secretFromScript
      ? embed
          .replace(/<blockquote.*<\/blockquote>/s, '')
          .replace(`#?secret=${secret}`, '')
          .replace(/(<iframe[^>]*) data-secret="\w+"/, '$1')
      : embed,
  );
  const { url, server } = await serveFolder(folder);
  servers.push(server);
  expect(new URL(url).origin).not.toBe(new URL(ours).origin);
  const page = await e2e.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${url}/`);
  return { page, secret };
}

const iframe = (page: Page) => page.locator('iframe.wp-embedded-content');

async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await iframe(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('the embed has no document');
  await frame.waitForLoadState('load');
  return frame;
}

/** The embed's own measure of itself, and whether its document spills past the frame (a part cut off). */
const measure = (frame: Frame) =>
  frame.evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    spills: document.documentElement.scrollHeight > innerHeight,
  }));

/** WordPress showed the embed and made the frame exactly as tall as its content, within 1000 px; nothing spills. */
async function expectShownAndFitted(page: Page) {
  await expect.poll(() => iframe(page).getAttribute('style')).toBeNull();
  await expect(page.locator('blockquote.wp-embedded-content').isHidden()).resolves.toBe(true);
  const frame = await embedFrame(page);
  await expect
    .poll(async () => {
      // The frame's inner height: the iframe's border (the browser's default) is not the embed's room.
      const height = await iframe(page).evaluate((element) => element.clientHeight);
      return height - (await measure(frame)).content;
    })
    .toBe(0);
  const { content, spills } = await measure(frame);
  expect(content).toBeLessThanOrEqual(1000);
  expect(content).toBeGreaterThan(200);
  expect(spills).toBe(false);
  return frame;
}

/** Whatever is taller than the frame scrolls inside the embed, and a keyboard can reach it. */
const scrollRegion = (frame: Frame) =>
  frame.evaluate(() => {
    const main = document.querySelector('main')!;
    return { scrolls: main.scrollHeight > main.clientHeight, focusable: main.tabIndex === 0 };
  });

describe('an embed pasted into WordPress', () => {
  it('shows the FAQ list, its first part and a link to the rest, all within 1000 px, and an answer in the frame', async () => {
    const { page, secret } = await wordpressPost('oembed/faqs.json', 800);
    const frame = await expectShownAndFitted(page);
    const questions = frame.locator('[data-embed-id]');
    const visibleCount = () =>
      questions.evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).length);
    const visible = await visibleCount();
    expect(visible).toBeGreaterThanOrEqual(3);
    expect(visible).toBeLessThan(await questions.count());
    const more = frame.getByRole('link', { name: 'See the full list on Mesotherapy Guide' });
    await expect(more.isVisible()).resolves.toBe(true);

    // A question opens its answer in the frame, which keeps WordPress's secret: the answer still fits, and what no
    // longer fits scrolls inside the embed, reachable by keyboard.
    await frame.getByRole('link', { name: 'What does capillary mesotherapy do?' }).click();
    await frame.waitForURL(
      (url) => url.pathname.endsWith('/faq/what-does-it-do/') && url.hash === `#?secret=${secret}`,
    );
    expect(await frame.locator('h1').textContent()).toBe('What does capillary mesotherapy do?');
    await expectShownAndFitted(page);
    const region = await scrollRegion(frame);
    if (region.scrolls) expect(region.focusable).toBe(true);
    expect(await axeViolations(frame)).toEqual([]);

    // Back to the list, in the frame, fitted as before.
    await frame.getByRole('link', { name: 'All questions' }).first().click();
    await frame.waitForURL((url) => /\/faq\/$/.test(url.pathname) && url.hash === `#?secret=${secret}`);
    await expectShownAndFitted(page);
    expect(await visibleCount()).toBe(visible);

    // A link to our site opens our page in the reader's window, not in the frame or a new tab.
    await more.click();
    await page.waitForURL(`${ours}/faqs/`);
    await page.close();
  });

  it('fits a side effect with its when-to-get-help cards, scrolling inside the embed', async () => {
    const { page } = await wordpressPost('oembed/side-effects/bruising.json', 600);
    const frame = await expectShownAndFitted(page);
    expect(await scrollRegion(frame)).toEqual({ scrolls: true, focusable: true });
    expect(await axeViolations(frame)).toEqual([]);
    // The last link of the cards scrolls into view inside the frame.
    const lastLink = frame.locator('main a[href]:visible').last();
    await lastLink.scrollIntoViewIfNeeded();
    const inView = await lastLink.evaluate((link) => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      return box.top >= main.top && box.bottom <= main.bottom;
    });
    expect(inView).toBe(true);
    const { content } = await measure(frame);
    expect(content).toBe(1000);
    await page.close();
  });

  it('fits one Spanish question, and opens its page on our site from the credit line', async () => {
    const { page } = await wordpressPost('es/oembed/faqs/is-it-painful.json', 390);
    const frame = await expectShownAndFitted(page);
    await frame.getByRole('link', { name: 'Guía de Mesoterapia' }).click();
    await page.waitForURL(`${ours}/es/faqs/is-it-painful/`);
    await page.close();
  });

  it('speaks once wp-embed.js adds the secret to a frame that came without one', async () => {
    const { page } = await wordpressPost('oembed/faqs/is-it-painful.json', 600, { secretFromScript: true });
    // wp-embed.js makes it with Math.random().toString(36).substr(2, 10): up to 10 letters and digits.
    await expect.poll(() => iframe(page).getAttribute('src')).toMatch(/#\?secret=[a-z0-9]{1,10}$/);
    await expectShownAndFitted(page);
    await page.close();
  });

  it('fits the estimator, and answers wp-embed.js’s "ready" with its height', async () => {
    const { page, secret } = await wordpressPost('oembed/estimator.json', 800);
    const frame = await expectShownAndFitted(page);
    const { content } = await measure(frame);
    // As wp-embed.js does when it starts after the embed has loaded.
    const answer = await page.evaluate(
      (secret) =>
        new Promise<unknown>((resolve) => {
          addEventListener('message', (event) => {
            if (event.data?.message === 'height') resolve(event.data);
          });
          document.querySelector('iframe')!.contentWindow!.postMessage({ message: 'ready', secret }, '*');
        }),
      secret,
    );
    expect(answer).toEqual({ message: 'height', value: content, secret });
    await page.close();
  });
});
