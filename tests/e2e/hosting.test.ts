// The built site served as a static host serves it: its own dist/_headers applied the way Cloudflare
// applies it (tests/support/host-server.ts), and the 404 page for unknown paths. Then a build under a
// subfolder address (BASE_PATH=/guide/, built here in a copy of the project): its links, a search and an embed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-cli';
import { builtPages, isNotFoundPage, launchBrowser, watchOutsideRequests, watchPageErrors } from '../support/browser';
import { pagesReachedFromHome } from '../support/built-html';
import { serveLikeHost } from '../support/host-server';
import { copyOfProject } from '../support/project-copy';
import { LOCALES, localePath } from '../support/languages';
import { checkLinks } from '../support/link-check';
import { DIST, serveFolder } from '../support/static-server';

const BASE = '/guide/';
const servers: Server[] = [];
let browser: Browser;
let context: BrowserContext;
let outside: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  outside = watchOutsideRequests(context);
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function host(folder: string, base = '/') {
  const served = await serveLikeHost(folder, base);
  servers.push(served.server);
  return served.url;
}

/** A clinic's page on another origin (another port) with this HTML in its body. */
async function clinicPage(body: string): Promise<Page> {
  const folder = mkdtempSync(join(tmpdir(), 'clinic-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head><body>${body}</body></html>`,
  );
  writeFileSync(join(folder, 'favicon.ico'), '');
  const { url, server } = await serveFolder(folder);
  servers.push(server);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForLoadState('load');
  return page;
}

describe('dist/ on a host that applies its _headers', () => {
  let site: string;
  beforeAll(async () => {
    site = await host(DIST);
  });

  it('sends the strict headers with every page, and the CSP as a header as well as the meta tag', async () => {
    const response = await fetch(`${site}/faqs/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toMatch(/<meta http-equiv="content-security-policy"/);
  });

  it('caches hashed files for a year and revalidates pages, feeds, the loader and the search entry file', async () => {
    const html = await (await fetch(`${site}/`)).text();
    // Pages load no script file: the Search link names the search UI's hashed file.
    const asset = /(?:src|href|data-search-ui)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const entry = (await (await fetch(`${site}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { hash: string }>;
    };
    const meta = `/pagefind/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`;
    for (const path of [asset!, meta]) {
      const response = await fetch(`${site}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of [
      '/',
      '/faqs/',
      '/api/faqs.json',
      '/embed.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
    ]) {
      const response = await fetch(`${site}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it.each(LOCALES)(
    'lets other sites read the feeds, frame the embeds and load the embed loader (%s)',
    async (locale) => {
      const feed = await fetch(site + localePath(locale, 'api/faqs.json'));
      expect(feed.headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${site}/embed.js`)).headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect((await fetch(site + localePath(locale, 'faqs'))).headers.get('access-control-allow-origin')).toBeNull();
      expect((await fetch(site + localePath(locale, 'embed/faq'))).headers.get('content-security-policy')).toMatch(
        /frame-ancestors \*/,
      );
      expect((await fetch(site + localePath(locale, 'faqs'))).headers.get('content-security-policy')).toMatch(
        /frame-ancestors 'none'/,
      );
    },
  );

  it.each(LOCALES)(
    'answers an unknown address with its language’s 404 page, status 404 and the same headers (%s)',
    async (locale) => {
      const response = await fetch(site + localePath(locale, 'no-such-page'));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      const html = await response.text();
      expect(html).toContain('<meta name="robots" content="noindex"');
      expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
    },
  );

  it('in a browser, another site can frame the embeds but not the pages', async () => {
    const page = await clinicPage(
      `<iframe id="page" src="${site}/faqs/"></iframe><iframe id="embed" src="${site}/embed/faq/"></iframe>`,
    );
    await page.frameLocator('#embed').locator('.embed-content').waitFor();
    expect(await page.frameLocator('#embed').locator('.embed-content').count()).toBe(1);
    // The refused frame shows the browser's error page instead of ours.
    expect(page.frames().map((frame) => frame.url())).toEqual([
      `${new URL(page.url()).origin}/`,
      'chrome-error://chromewebdata/',
      `${site}/embed/faq/`,
    ]);
    expect(await page.frameLocator('#page').locator('[data-pagefind-body]').count()).toBe(0);
    await page.close();
  });
});

describe(`a build under a subfolder address (BASE_PATH=${BASE})`, () => {
  // Built in a copy, whose .astro/ is its own: astro check reads this checkout's while the tests run (package.json).
  let copy: ReturnType<typeof copyOfProject> | undefined;
  let folder: string;
  let site: string;
  beforeAll(async () => {
    copy = copyOfProject('base-path-build');
    folder = join(copy.root, 'dist');
    await astroBuild(copy.root, { BASE_PATH: BASE, SITE_URL: 'https://clinic.example' }).catch(
      (error: { stdout: string; stderr: string }) => {
        throw new Error(`The BASE_PATH build failed:\n${error.stdout}\n${error.stderr}`);
      },
    );
    site = await host(folder, BASE);
  }, 240_000);
  afterAll(() => copy?.remove());

  it('every page is there, and every link and anchor on it works and stays inside the subfolder', async () => {
    // Every page of the root build is a starting point under the subfolder (tests/support/link-check.ts says why).
    const starts = builtPages({ includeEmbeds: true }).map((path) => `${site}${BASE.slice(0, -1)}${path}`);
    const { links, broken, notFetched } = await checkLinks(starts, site);
    expect(broken.map((link) => `${link.url} (from ${link.parent ?? 'the start'})`)).toEqual([]);
    const outsideBase = links
      .filter((link) => !new URL(link.url).pathname.startsWith(BASE))
      .map((link) => `${link.url} (from ${link.parent})`);
    expect(outsideBase).toEqual([]);
    // A page missing under the subfolder, or one the checker could not fetch: say so rather than pass.
    expect(notFetched).toEqual([]);
    // Every page of the root build is reached under the subfolder by following links from its home page.
    const reached = pagesReachedFromHome(folder, BASE);
    expect(builtPages().filter((path) => !isNotFoundPage(path) && !reached.has(path))).toEqual([]);
  }, 120_000);

  it('canonical addresses, the sitemap and the feeds carry the subfolder', async () => {
    const html = await (await fetch(`${site}${BASE}faqs/`)).text();
    expect(html).toContain('<link rel="canonical" href="https://clinic.example/guide/faqs/"');
    expect(await (await fetch(`${site}${BASE}sitemap-0.xml`)).text()).toContain(
      '<loc>https://clinic.example/guide/faqs/</loc>',
    );
    const feed = (await (await fetch(`${site}${BASE}api/faqs.json`)).json()) as {
      items: Array<{ url: string; content_html: string }>;
    };
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/clinic\.example\/guide\//);
      for (const [, href] of item.content_html.matchAll(/href="([^"]+)"/g))
        if (href!.startsWith('https://clinic.example')) expect(href).toMatch(/^https:\/\/clinic\.example\/guide\//);
    }
  });

  it('search loads Pagefind from the subfolder and its results link inside it', async () => {
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${site}${BASE}search/?q=bruising`);
    const first = page.locator('[data-search-page] [data-search-results] > li > a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/guide\//);
    await first.click();
    await page.waitForURL(/\/guide\/.+highlight=/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the clinic snippet from /guide/for-clinics/ embeds and sizes the FAQ on a clinic's page", async () => {
    const builder = await context.newPage();
    await builder.goto(`${site}${BASE}for-clinics/`);
    await builder.locator('.builder-form').waitFor({ state: 'visible' });
    const snippet = (await builder.locator('.builder-snippet').textContent()) ?? '';
    await builder.close();
    expect(snippet).toContain(`${site}${BASE}embed/country/gb/faq/`);
    expect(snippet).toContain(`${site}${BASE}embed.js`);
    const page = await clinicPage(snippet);
    const frame = page.frameLocator('iframe');
    await frame.locator('.embed-content').waitFor();
    // embed.js has sized the frame to its content (it starts at 600 px).
    await expect
      .poll(() => page.locator('iframe').evaluate((node) => (node as HTMLIFrameElement).style.height))
      .toMatch(/^\d+px$/);
    await page.close();
    expect(outside).toEqual([]);
  });
});
