// The static oEmbed provider: every page a clinic may paste into WordPress (the FAQ list and each FAQ, the side-effects
// list and each side effect, the estimator, the comparison; every language) links an oEmbed 1.0 file, served with the site's own
// headers, that WordPress can turn into an embed. e2e/wordpress.test.ts puts those files in a WordPress post.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPage } from '../support/built-html';
import { wranglerReady } from '../support/host-servers';
import { LOCALES, type Locale, ui } from '../support/languages';
import { DIST } from '../support/static-server';

/** The build's SITE_URL (astro.config.mjs's default); Cloudflare's runtime (wrangler dev) below stands in for it. */
const SITE = 'https://mesotherapy-guide.example';
/** Each language's address prefix, and the country its pages are built for without CARE_REGION (README, Deploying). */
const PREFIX: Record<Locale, string> = { en: '', es: '/es' };
const COUNTRY: Record<Locale, string> = { en: 'gb', es: 'es' };

const entriesOf = (locale: Locale, folder: string) =>
  readdirSync(join(DIST, PREFIX[locale], folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Each pasteable page ("faqs/pain/") and the embed its file must frame, from the language's root. */
function pasteablePages(locale: Locale): Array<{ page: string; embed: string }> {
  const country = `embed/country/${COUNTRY[locale]}`;
  return [
    { page: 'faqs/', embed: `${country}/faq/` },
    ...entriesOf(locale, 'faqs').map((slug) => ({ page: `faqs/${slug}/`, embed: `${country}/faq/${slug}/` })),
    { page: 'side-effects/', embed: `${country}/side-effects/` },
    ...entriesOf(locale, 'side-effects').map((slug) => ({
      page: `side-effects/${slug}/`,
      embed: `${country}/side-effects/?ids=${slug}`,
    })),
    { page: 'estimator/', embed: `${country}/estimator/` },
    { page: 'compare/', embed: `${country}/compare/` },
  ];
}

/** Cloudflare's runtime serving dist/ (the e2e project's global setup starts it). */
let served: string;
beforeAll(async () => {
  served = await wranglerReady(inject('wranglerDev'));
});

const oembedLinks = ($: cheerio.CheerioAPI) => $('head link[rel="alternate"][type="application/json+oembed"]');

describe.each(LOCALES)('the oEmbed files (%s)', (locale) => {
  const pages = pasteablePages(locale);

  it('cover every FAQ and side effect, the two lists, the estimator and the comparison', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter(({ page }) => page.startsWith('faqs/')).length).toBeGreaterThan(10);
  });

  it.each(pages)('$page links a valid oEmbed 1.0 "rich" file that frames its embed', async ({ page, embed }) => {
    const pageUrl = `${SITE}${PREFIX[locale]}/${page}`;
    const $ = builtPage(`${PREFIX[locale]}/${page}`);
    const title = $('meta[property="og:title"]').attr('content');
    const link = oembedLinks($);
    expect(link.length).toBe(1);
    expect(link.attr('href')).toBe(`${SITE}${PREFIX[locale]}/oembed/${page.replace(/\/$/, '')}.json`);
    expect(link.attr('title')).toBe(title);

    const response = await fetch(link.attr('href')!.replace(SITE, served));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([
      'cache_age',
      'height',
      'html',
      'provider_name',
      'provider_url',
      'title',
      'type',
      'version',
      'width',
    ]);
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title,
      provider_name: ui(locale).siteName,
      provider_url: `${SITE}${PREFIX[locale]}/`,
      width: 600,
      height: 600,
      cache_age: 86400,
    });

    // The fallback WordPress shows until the iframe speaks links the page; the iframe shows the page's embed.
    const html = cheerio.load(String(json.html), null, false);
    expect(html('blockquote > a').attr('href')).toBe(pageUrl);
    expect(html('blockquote > a').text()).toBe(title);
    const src = html('iframe').attr('src') ?? '';
    expect(src).toBe(`${SITE}${PREFIX[locale]}/${embed}`);
    expect(html('iframe').attr('title')).toContain(title);
    const framed = await fetch(src.replace(SITE, served));
    expect(framed.status).toBe(200);
    expect(framed.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });
});

describe('pages a clinic does not paste', () => {
  it.each([
    '/',
    '/es/',
    '/for-clinics/',
    '/for-clinics/snippet-builder/',
    '/glossary/',
    '/guides/what-is-capillary-mesotherapy/',
    '/embed/faq/',
  ])('%s links no oEmbed file', (path) => {
    expect(existsSync(join(DIST, path, 'index.html'))).toBe(true);
    expect(oembedLinks(builtPage(path)).length).toBe(0);
  });
});

describe('the scripts an embed loads', () => {
  it('may be read from a sandboxed frame, which has no origin of its own', async () => {
    // The embed's inline starter imports the options script it names, under WordPress with its secret.
    const $ = builtPage('/embed/faq/');
    const scripts = [$('html').attr('data-embed-script') ?? 'no data-embed-script'];
    for (const src of scripts) {
      const response = await fetch(`${served}${src}`, { headers: { origin: 'null' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});
