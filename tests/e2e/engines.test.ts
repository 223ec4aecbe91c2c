// The key patient flows in the three engines patients use: Chromium, Firefox (Gecko) and WebKit (Safari's engine,
// as WebKitGTK). Each engine runs with the reader's dark setting; any request for another host is recorded
// (tests/support/engines.ts says how for each engine). The detailed behaviour is tested in Chromium by the other files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contrastRatio, parseCssColour } from '../../src/features/clinics/colour-contrast';
import { fillTemplate } from '../../src/i18n/fill-template';
import { builtPages } from '../support/browser';
import { builtPage } from '../support/built-html';
import { LOCALE_REGIONS, localePath, TRANSLATIONS, ui } from '../support/languages';
import {
  type EngineName,
  type EngineSession,
  missingEngine,
  outsideRequestTrap,
  resultPaths,
  startEngine,
  until,
} from '../support/engines';
import { measureOverflow } from '../support/engine-session';
import { wranglerReady } from '../support/host-servers';
import { headerOverlaps, searchBoxWidth } from '../support/large-text';
import { serveFolder } from '../support/static-server';
import { writeWordPressPost } from '../support/wordpress';

const baseUrl = inject('baseUrl');
const pages = builtPages();
const firstPageIn = (folder: string) =>
  pages.find((path) => new RegExp(`^/${folder}/[^/]+/$`).test(path)) ?? `/${folder}/`;
/** A page whose text uses a glossary term (a button that opens its meaning in a popover). */
const pageWithTerm = pages.find((path) => builtPage(path)('button.term[popovertarget]').length > 0);
/** The clinic snippet exactly as the snippet builder's page shows it without JavaScript, pointed at the test server. */
const snippet = () => {
  const $ = builtPage('/for-clinics/snippet-builder/');
  const site = new URL($('link[rel="canonical"]').attr('href') ?? '').origin;
  return $('.builder-snippet').text().replaceAll(site, baseUrl);
};

let clinic: { url: string; server: Server };
let trap: Awaited<ReturnType<typeof outsideRequestTrap>>;

beforeAll(async () => {
  trap = await outsideRequestTrap();
  // A clinic's site on a second origin: its page with our snippet (and a second embed pinned to the light theme),
  // and a frame of a given width for viewports narrower than an engine's window can be.
  const folder = mkdtempSync(join(tmpdir(), 'clinic-'));
  const embeds = snippet();
  const pinnedLight = embeds
    .split('\n')[0]!
    .replace(/src="([^"]+)"/, (_, src: string) => `src="${src}${src.includes('?') ? '&' : '?'}theme=light"`);
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${baseUrl}; frame-src ${baseUrl}">` +
      `</head><body><h1>Our clinic</h1>${embeds}\n<p>Between the embeds.</p>\n${pinnedLight}</body></html>`,
  );
  writeFileSync(
    join(folder, 'frame.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title><style>body{margin:0}iframe{border:0}</style></head>` +
      `<body><iframe></iframe><script>const q = new URLSearchParams(location.search), f = document.querySelector('iframe');` +
      `f.onload = () => (f.dataset.loaded = 'yes'); f.width = q.get('width'); f.height = 800; f.src = q.get('src');</script></body></html>`,
  );
  writeFileSync(join(folder, 'favicon.ico'), '');
  // A WordPress post with a side effect pasted in, as WordPress writes it from the page's oEmbed file (wordpress.test.ts).
  // The site with its own headers (Cloudflare's runtime), which an embed in WordPress's sandboxed frame needs.
  const host = await wranglerReady(inject('wranglerDev'));
  writeWordPressPost(folder, 'wordpress.html', 'oembed/side-effects/bruising.json', host);
  clinic = await serveFolder(folder);
});
afterAll(() => {
  clinic?.server.close();
  trap?.close();
});

const ENGINES: EngineName[] = ['Chromium', 'Firefox', 'WebKit'];

describe.each(ENGINES)('%s', (name) => {
  const missing = missingEngine(name);
  // On a developer's machine a missing engine is skipped, and said; in CI (CI=true) every engine must run.
  const skipped = missing !== undefined && process.env.CI !== 'true';
  if (skipped) console.warn(`Skipping the ${name} smoke tests: ${missing}`);
  let session: EngineSession;

  beforeAll(async () => {
    if (missing && !skipped) throw new Error(`CI needs every browser engine: ${missing}`);
    if (!missing) session = await startEngine(name, trap, clinic.url);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  const test = skipped ? it.skip : it;

  /** Opens a page of ours and, after the flow, checks that it logged no error. */
  async function flow(path: string, steps: () => Promise<void>) {
    await session.open(baseUrl + path);
    await steps();
    expect((await session.logged()).errors, `${name}: errors on ${path}`).toEqual([]);
  }

  test('pages fit 390 px and 1280 px without sideways scrolling, in every language', async () => {
    // A translation's longer words are the harder case for the guide and the estimator's form.
    const translated = (path: string) => localePath(TRANSLATIONS[0]!, path);
    for (const path of ['/', translated(firstPageIn('guides')), translated('estimator')]) {
      for (const width of [390, 1280]) {
        expect(
          await session.runAt(baseUrl + path, width, measureOverflow, undefined),
          `${path} at ${width} px`,
        ).toBeLessThanOrEqual(0);
      }
    }
  });

  test('search from the header dialog finds a page by its title', async () => {
    const target = firstPageIn('side-effects');
    const title = builtPage(target)('h1').text().trim();
    await flow('/faqs/', async () => {
      await session.click('header [data-search-open]');
      await until(session, 'the search dialog is open', () =>
        session.run(() => !!document.querySelector('[data-search-dialog][open]')),
      );
      await session.type('[data-search-dialog] input[type=search]', title);
      await until(session, 'results list the page', async () =>
        (await resultPaths(session, 'dialog')).slice(0, 3).includes(target),
      );
    });
  });

  test('search on /search/: from the address, and from the box with no query, its script loading as it is used', async () => {
    const target = firstPageIn('conditions');
    const title = builtPage(target)('h1').text().trim();
    const listed = async () => (await resultPaths(session, 'page')).slice(0, 3).includes(target);
    await flow(`/search/?q=${encodeURIComponent(title)}`, () => until(session, 'results list the page', listed));
    await flow('/search/', async () => {
      expect(await session.run(() => !!document.querySelector('[data-search-page][data-ready]'))).toBe(false);
      await session.type('[data-search-page] input[type=search]', title);
      await until(session, 'results list the page', listed);
    });
  });

  test('the estimator starts on first use, and gives the same estimate from a shared URL', async () => {
    const ready = () => session.run(() => !!document.querySelector('treatment-estimator[data-ready]'));
    await flow('/estimator/', async () => {
      expect(await ready()).toBe(false);
      await session.type('[data-date-part="day"]', '4');
      await until(session, 'its script has run', ready);
    });
    await flow('/estimator/?start=2027-01-04&perWeek=2&stage=early&area=small', async () => {
      await until(session, 'the estimate shows', () =>
        session.run(() => !!document.querySelector('treatment-estimator[data-ready] .estimator-timeline')),
      );
      const timeline = await session.run(
        () => (document.querySelector('.estimator-timeline') as HTMLElement).innerText,
      );
      const t = ui('en').estimator.timeline;
      const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      const date = (day: number, month: number) =>
        new Intl.DateTimeFormat(LOCALE_REGIONS.en, long).format(Date.UTC(2027, month - 1, day));
      expect(timeline.replace(/\s+/g, ' ')).toContain(`${t.start} ${date(4, 1)}`);
      expect(timeline.replace(/\s+/g, ' ')).toContain(
        `${t.end} ${fillTemplate(t.to, { earliest: date(3, 6), latest: date(1, 7) })}`,
      );
    });
  });

  test('the header: nothing overlaps at 320 and 390 px with text at 200%, the search box stays readable; the menu closes on Escape and a click outside', async () => {
    for (const width of [320, 390]) {
      expect(await session.runAt(`${baseUrl}/`, width, headerOverlaps, 2), `at ${width} px`).toEqual([]);
      // The search box keeps room to show what the reader types.
      expect(await session.runAt(`${baseUrl}/search/`, width, searchBoxWidth, 2)).toBeGreaterThanOrEqual(160);
    }
    // The menu shows below 768 px; at the session's 1280 px its state and label are still the page's to change.
    await flow('/faqs/', async () => {
      const menuState = () =>
        session.run(() => {
          const menu = document.querySelector<HTMLDetailsElement>('details.site-menu')!;
          const shown = [...menu.querySelectorAll('summary span')].find(
            (span) => getComputedStyle(span).display !== 'none',
          );
          return { open: menu.open, label: shown?.textContent };
        });
      const t = ui('en');
      await session.run(() => (document.querySelector<HTMLDetailsElement>('details.site-menu')!.open = true));
      expect(await menuState()).toEqual({ open: true, label: t.closeMenu });
      await session.pressEscape();
      await until(session, 'Escape closes the menu', async () => !(await menuState()).open);
      expect((await menuState()).label).toBe(t.menu);
      await session.run(() => (document.querySelector<HTMLDetailsElement>('details.site-menu')!.open = true));
      await session.click('main h1');
      await until(session, 'a click outside closes the menu', async () => !(await menuState()).open);
    });
  });

  test('the estimator embed with a clinic’s accent and theme shows no error before the reader answers', async () => {
    await flow('/embed/estimator/?accent=%23aa3300&theme=dark', async () => {
      await until(session, 'the estimator is ready', () =>
        session.run(() => !!document.querySelector('treatment-estimator[data-ready]')),
      );
      const errors = await session.run(
        () =>
          [...document.querySelectorAll<HTMLElement>('treatment-estimator .error-message')].filter(
            (message) => !message.hidden,
          ).length,
      );
      expect(errors).toBe(0);
    });
  });

  test('a glossary term opens its meaning in a popover, and Escape closes it', async () => {
    expect(pageWithTerm, 'a built page that uses a glossary term').toBeTruthy();
    await flow(pageWithTerm!, async () => {
      const open = () => session.run(() => !!document.querySelector('[popover]:popover-open'));
      expect(await open()).toBe(false);
      await session.click('button.term[popovertarget]');
      await until(session, 'the meaning shows', open);
      await session.pressEscape();
      await until(session, 'the meaning hides', async () => !(await open()));
    });
  });

  test('an embed on a clinic’s page sizes itself, and the clinic’s console stays silent', async () => {
    await session.open(`${clinic.url}/`);
    const sized = async () => {
      const frameHeight = await session.run(() =>
        Math.round(document.querySelector('iframe')!.getBoundingClientRect().height),
      );
      const contentHeight = await session.run(() => Math.ceil(document.body.getBoundingClientRect().height), 0);
      return frameHeight > 150 && frameHeight === contentHeight;
    };
    await until(session, 'the iframe is as tall as its content', sized);
    expect(await session.logged(), `${name}: the clinic's console`).toEqual({ errors: [], warnings: [] });
  });

  // WebKitGTK does not match 'self' in the CSP of a sandboxed frame (an opaque origin), so there the embed's script
  // does not load and WordPress keeps its fallback, a link to our page (see src/features/clinics/README.md).
  const inSandbox = name === 'WebKit' ? it.skip : test;
  inSandbox(
    'an embed pasted into WordPress shows itself, as tall as its content and within WordPress’s 1000 px',
    async () => {
      await session.open(`${clinic.url}/wordpress.html`);
      const fitted = async () => {
        // wp-embed.js removes the style that hides the frame once the embed speaks, then sets its height.
        const frameHeight = await session.run(() => {
          const frame = document.querySelector('iframe')!;
          return frame.hasAttribute('style') ? 0 : frame.clientHeight;
        });
        const contentHeight = await session.run(() => Math.ceil(document.body.getBoundingClientRect().height), 0);
        return frameHeight > 200 && frameHeight <= 1000 && frameHeight === contentHeight;
      };
      await until(session, 'the frame shows the embed at its content’s height', fitted);
      expect((await session.logged()).errors, `${name}: the post's console`).toEqual([]);
    },
  );

  test('dark mode: the reader’s dark setting gives dark pages with readable text; an embed can pin the light theme', async () => {
    await flow('/', async () => {
      const colours = await session.run(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      const page = parseCssColour(colours.page)!;
      expect(page.r + page.g + page.b, `${name}: page background ${colours.page}`).toBeLessThan(3 * 64);
      expect(contrastRatio(parseCssColour(colours.text)!, page)).toBeGreaterThanOrEqual(4.5);
    });
    await session.open(`${clinic.url}/`);
    await until(
      session,
      'the pinned embed loads',
      async () => (await session.run(() => document.querySelectorAll('iframe').length)) === 2,
    );
    // Each frame's background once it shows the loaded embed (before that it is a blank document, or navigating).
    const embedBackground = (frame: number) =>
      session.run(
        () =>
          document.readyState === 'complete' && location.pathname.includes('/embed/')
            ? getComputedStyle(document.documentElement).backgroundColor
            : '',
        frame,
      );
    let backgrounds: string[] = [];
    // One frame after the other: WebDriver runs a script in the frame it last switched to.
    await until(session, 'both embeds have loaded', async () =>
      (backgrounds = [await embedBackground(0), await embedBackground(1)]).every(Boolean),
    );
    const [followsReader, pinnedLight] = backgrounds.map((colour) => {
      const parsed = parseCssColour(colour)!;
      return parsed.r + parsed.g + parsed.b;
    });
    expect(followsReader, 'the embed follows the reader: dark').toBeLessThan(3 * 64);
    expect(pinnedLight, '?theme=light: light').toBeGreaterThan(3 * 192);
  });
});

describe('privacy', () => {
  it('no engine sent a request to another host (the browsers’ own background traffic included)', () => {
    expect(trap.requests).toEqual([]);
  });
});
