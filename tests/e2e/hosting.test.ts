// The built site on nginx with the server block `npm run hosts` writes (tests/e2e/hosting-servers.test.ts checks its
// headers, 404 pages and redirects): in a browser, another site frames the embeds but not the pages. Then a build
// under a subfolder address (BASE_PATH=/guide/, built here in a copy of the project, served by nginx under /guide/):
// its links, a search and an embed.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-cli';
import { builtPages, isNotFoundPage, launchBrowser, watchOutsideRequests, watchPageErrors } from '../support/browser';
import { pagesReachedFromHome } from '../support/built-html';
import { get, type RunningHost, startNginx } from '../support/host-servers';
import { copyOfProject } from '../support/project-copy';
import { checkLinks } from '../support/link-check';
import { DIST, serveFolder } from '../support/static-server';

const BASE = '/guide/';
const servers: Server[] = [];
const hosts: RunningHost[] = [];
let browser: Browser;
let context: BrowserContext;
let outside: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  // nginx's certificate is made for the run.
  context = await browser.newContext({ ignoreHTTPSErrors: true });
  outside = watchOutsideRequests(context);
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  await Promise.all(hosts.map((host) => host.stop()));
});

/** nginx serving `root`, in which the site is at `base`. */
async function host(root: string, base = '/') {
  const nginx = await startNginx(root, base);
  hosts.push(nginx);
  return nginx.url;
}
const text = async (url: string) => (await get(url, hosts.find((host) => url.startsWith(host.url))?.ca)).body;

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

describe('dist/ on nginx, in a browser', () => {
  let site: string;
  beforeAll(async () => {
    site = await host(DIST);
  });

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
    // The site's files under /guide/ of the web root, as a clinic copies them.
    symlinkSync(folder, join(copy.root, BASE.slice(1, -1)));
    site = await host(copy.root, BASE);
  }, 240_000);
  afterAll(() => copy?.remove());

  it('every page is there, and every link and anchor on it works and stays inside the subfolder', async () => {
    // From the home page and the pages no page links to (embeds, 404 pages), as in site-checks.test.ts.
    const paths = builtPages({ includeEmbeds: true });
    const unlinked = paths.filter((path) => path.includes('/embed/') || isNotFoundPage(path));
    const under = (path: string) => `${site}${BASE.slice(0, -1)}${path}`;
    const { links, broken, notFetched } = await checkLinks(['/', ...unlinked].map(under), site, paths.map(under));
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
    const html = await text(`${site}${BASE}faqs/`);
    expect(html).toContain('<link rel="canonical" href="https://clinic.example/guide/faqs/"');
    expect(await text(`${site}${BASE}sitemap-0.xml`)).toContain('<loc>https://clinic.example/guide/faqs/</loc>');
    const feed = JSON.parse(await text(`${site}${BASE}api/faqs.json`)) as {
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

  it("the clinic snippet from /guide/for-clinics/snippet-builder/ embeds and sizes the FAQ on a clinic's page", async () => {
    const builder = await context.newPage();
    // A clinic finds the builder from the clinics page, whose links to it (its words' and its last card) keep the base.
    await builder.goto(`${site}${BASE}for-clinics/`);
    expect(await builder.getByRole('link', { name: 'snippet builder', exact: true }).getAttribute('href')).toBe(
      `${BASE}for-clinics/snippet-builder/`,
    );
    await builder.locator('#builder-heading').getByRole('link', { name: 'Build your snippet' }).click();
    await builder.waitForURL(`${site}${BASE}for-clinics/snippet-builder/`);
    await builder.locator('.builder-form').waitFor({ state: 'visible' });
    // The builder's script arrives on first use, and writes the snippet for the address it is served from.
    await builder.getByRole('radio', { checked: true }).first().focus();
    await builder.locator('.snippet-builder[data-ready]').waitFor();
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
