import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Frame,
  type LaunchOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { withoutLocale } from './page-paths.ts';
import { DIST } from './static-server.ts';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell): the same Blink and V8 as Chromium without the
 * browser's own interface, as Playwright itself runs headless Chromium. The tests ask half as much of the two
 * cores with it as with the full browser in headless mode, and a new tab takes a quarter of the time.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** Debian's Chromium, started so that it never tries to reach the internet. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run "npm test" as root to install it, or "apt-get install -y chromium-headless-shell", or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
    ],
  });
}

/** True for an address outside this machine (http, https and websockets only). */
export function leavesThisMachine(address: string): boolean {
  const url = new URL(address);
  return (
    ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
    url.hostname !== '127.0.0.1' &&
    url.hostname !== 'localhost'
  );
}

/** Every request a context's pages make that leaves 127.0.0.1. */
export function watchOutsideRequests(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    if (leavesThisMachine(request.url())) outside.push(request.url());
  });
  return outside;
}

/**
 * Errors the page reports (CSP violations show up here as console errors). A 404 for the page itself (a test of
 * the 404 page checks the status) or for the favicon Chromium asks every origin for is not the page's error.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const from = message.location().url;
    if (message.text().startsWith('Failed to load resource') && (from === page.url() || from.endsWith('/favicon.ico')))
      return;
    errors.push(message.text());
  });
  return errors;
}

export interface E2eBrowser {
  /** Where the built dist/ is served (tests/support/serve-dist.ts). */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The file's shared context, made with the options given to useBrowser(). */
  readonly context: BrowserContext;
  /** A page in the shared context, or with options in a context of its own (closed with the page). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A context with other options (colour scheme, no JavaScript, permissions); closed after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * The one browser setup for e2e files: call it once at the top of a file. It starts Chromium before the file's
 * tests and closes it after them. Every page and context it makes is watched: a test fails if a page logged an
 * error while it ran (uncaught exceptions, console errors, CSP violations), and the file fails if any request left
 * 127.0.0.1.
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): E2eBrowser {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const outside: string[][] = [];
  /** Contexts of pages made with options, closing with their page: the browser closes only after they have. */
  const closingContexts: Array<Promise<void>> = [];
  const errors: Array<{ page: Page; logged: string[] }> = [];
  const watched = (made: BrowserContext) => {
    outside.push(watchOutsideRequests(made));
    made.on('page', (page) => errors.push({ page, logged: watchPageErrors(page) }));
    return made;
  };
  const started = () => {
    if (!browser || !context)
      throw new Error('useBrowser(): the browser starts in beforeAll; use it inside tests or hooks.');
    return { browser, context };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    context = watched(await browser.newContext(contextOptions));
  });
  afterEach(() => {
    // A page may outlive a test (a sweep reuses one page): each test answers for what was logged during it.
    const logged = errors.flatMap(({ page, logged }) => logged.splice(0).map((text) => `${page.url()}: ${text}`));
    errors.splice(0, errors.length, ...errors.filter(({ page }) => !page.isClosed()));
    expect(logged, 'errors logged by the pages this test opened').toEqual([]);
  });
  afterAll(async () => {
    // A context still closing when the browser goes would reject with "Failed to find context".
    await Promise.all(closingContexts);
    await browser?.close();
    expect(outside.flat(), 'requests that left 127.0.0.1').toEqual([]);
  });

  const api: E2eBrowser = {
    baseUrl,
    get browser() {
      return started().browser;
    },
    get context() {
      return started().context;
    },
    async newPage(options) {
      if (!options) return started().context.newPage();
      const own = await api.newContext(options);
      const page = await own.newPage();
      page.on('close', () => closingContexts.push(own.close()));
      return page;
    },
    async newContext(options = {}) {
      return watched(await started().browser.newContext(options));
    },
  };
  return api;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's code, for a context whose every page is checked: `context.addInitScript(AXE_SOURCE)` gives each page
 * axe as it loads, which costs less than sending it over after (axeViolations does that for pages without it).
 * It is axe's own minified build, not the readable `axe.source`: Chromium then spends less CPU on each page it checks.
 */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations on the page as it is now (in every frame, or inside `include`), summarised for a readable failure.
 * Given a frame from another origin, which axe in the page does not check, it checks that frame's document.
 */
export async function axeViolations(page: Page | Frame, include?: string): Promise<string[]> {
  // A lazy frame out of view has no document until the reader scrolls to it (the builder's preview):
  // each is brought into view and loaded first, so that axe reads it too.
  for (const lazy of await page.locator('iframe[loading="lazy"]').all()) {
    await lazy.scrollIntoViewIfNeeded();
    await (await (await lazy.elementHandle())!.contentFrame())!.waitForLoadState('load');
  }
  // axe runs in the page itself, once axe is in each frame of it (a frame's results reach the page by postMessage).
  for (const frame of 'frames' in page ? page.frames() : [page, ...page.childFrames()]) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  return page.evaluate(
    async ({ tags, include }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      // Only violations are listed node by node: the passes would be thrown away.
      const results = await axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    },
    { tags: AXE_TAGS, include },
  );
}

/** An embed page (/embed/… or /es/embed/…): no site header, made to sit in a clinic's iframe. */
export const isEmbed = (path: string) => withoutLocale(path).startsWith('/embed/');
/** A language's 404 page (/404.html, /es/404.html). */
export const isNotFoundPage = (path: string) => withoutLocale(path) === '/404.html';

/** Every HTML page in dist/, in every language, as a URL path, e.g. "/faqs/is-it-painful/" or "/es/faqs/". */
export function builtPages(options: { includeEmbeds?: boolean; folder?: string } = {}): string[] {
  const root = options.folder ?? DIST;
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(full);
      } else if (name.endsWith('.html')) {
        const path = '/' + relative(root, full).split(sep).join('/');
        pages.push(path.replace(/index\.html$/, ''));
      }
    }
  };
  walk(root);
  return pages.filter((path) => options.includeEmbeds || !isEmbed(path)).sort();
}
