// The built dist/ on the real servers clinics deploy to: nginx (Debian's, with the server block `npm run hosts`
// writes) and Cloudflare's runtime (`wrangler dev` with wrangler.jsonc, which reads dist/_headers). One set of checks
// runs on each: the headers of each kind of path, the 404 page in the right language for unknown addresses and for
// folders without a page, the trailing-slash redirect, revalidation, and no host file served. Netlify's reading of
// dist/_headers (its own parser and header engine) gets the same header checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { get, type RunningHost, startNginx, wranglerReady } from '../support/host-servers';
import { DIST } from '../support/static-server';

const REVALIDATE = 'public, max-age=0, must-revalidate';
const A_YEAR = 'public, max-age=31536000, immutable';

/** What the host should send for one kind of path; headers left out must be absent. */
interface Kind {
  paths: string[];
  frameAncestors: "'none'" | '*';
  resourcePolicy: 'same-origin' | 'cross-origin';
  cache: typeof REVALIDATE | typeof A_YEAR;
  cors?: '*';
  robots?: 'noindex';
  type?: string;
}

const hashed = (folder: string, ending: string) =>
  `/${folder}/${readdirSync(join(DIST, folder)).find((name) => name.endsWith(ending))}`;
const pagefindMeta = `/pagefind/${readdirSync(join(DIST, 'pagefind')).find((name) => name.endsWith('.pf_meta'))}`;

const KINDS: Record<string, Kind> = {
  pages: {
    paths: ['/', '/faqs/', '/es/faqs/', '/for-clinics/', '/for-clinics/snippet-builder/'],
    frameAncestors: "'none'",
    resourcePolicy: 'same-origin',
    cache: REVALIDATE,
  },
  embeds: {
    paths: ['/embed/faq/', '/es/embed/faq/', '/embed/country/gb/faq/', '/es/embed/country/es/faq/'],
    frameAncestors: '*',
    resourcePolicy: 'same-origin',
    cache: REVALIDATE,
    robots: 'noindex',
  },
  feeds: {
    paths: ['/api/faqs.json', '/es/api/faqs.json', '/api/side-effects.json'],
    frameAncestors: "'none'",
    resourcePolicy: 'cross-origin',
    cache: REVALIDATE,
    cors: '*',
    type: 'application/feed+json',
  },
  'the embed loader': {
    paths: ['/embed.js'],
    frameAncestors: "'none'",
    resourcePolicy: 'cross-origin',
    cache: REVALIDATE,
  },
  "Astro's hashed files": {
    paths: [hashed('_astro', '.js')],
    frameAncestors: "'none'",
    resourcePolicy: 'same-origin',
    cache: A_YEAR,
    // An embed in WordPress's sandboxed frame has no origin of its own: its module scripts are fetched with CORS.
    cors: '*',
  },
  "Pagefind's hashed files": {
    paths: [hashed('pagefind/fragment', '.pf_fragment'), pagefindMeta],
    frameAncestors: "'none'",
    resourcePolicy: 'same-origin',
    cache: A_YEAR,
  },
  "Pagefind's entry files": {
    paths: ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'],
    frameAncestors: "'none'",
    resourcePolicy: 'same-origin',
    cache: REVALIDATE,
  },
};

/** The headers that differ by kind, as sent; the ones every response carries are checked as well. */
function asKind(headers: Record<string, string>): Omit<Kind, 'paths'> {
  const csp = headers['content-security-policy'] ?? '';
  // Four inline scripts, by their hashes: the search bootstrap, the tool starter, the search page's preloads and the
  // embed starter.
  expect(csp).toMatch(/^default-src 'self'; .*script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+'){4}; /);
  expect(headers['strict-transport-security']).toBe('max-age=63072000');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  const sent: Omit<Kind, 'paths'> = {
    frameAncestors: /frame-ancestors ([^;]+)$/.exec(csp)?.[1] as Kind['frameAncestors'],
    resourcePolicy: headers['cross-origin-resource-policy'] as Kind['resourcePolicy'],
    cache: headers['cache-control'] as Kind['cache'],
  };
  if (headers['access-control-allow-origin']) sent.cors = headers['access-control-allow-origin'] as '*';
  if (headers['x-robots-tag']) sent.robots = headers['x-robots-tag'] as 'noindex';
  if (headers['content-type']?.startsWith('application/feed+json')) sent.type = 'application/feed+json';
  return sent;
}

const SERVERS: Array<{ name: string; start: () => Promise<RunningHost> }> = [
  { name: 'nginx', start: () => startNginx(DIST) },
  {
    name: "Cloudflare's runtime (wrangler dev)",
    // The e2e project's global setup starts it, and stops it after every file that uses it.
    start: async () => ({ url: await wranglerReady(inject('wranglerDev')), stop: async () => {} }),
  },
];

describe.each(SERVERS)('dist/ on $name', ({ start }) => {
  let host: RunningHost;
  const fetchPath = (path: string, headers?: Record<string, string>) => get(host.url + path, host.ca, headers);
  beforeAll(async () => {
    host = await start();
  }, 60_000);
  afterAll(() => host?.stop());

  it.each(Object.entries(KINDS))('sends the headers of %s', async (_, { paths, ...kind }) => {
    for (const path of paths) {
      const response = await fetchPath(path);
      expect(response.status, path).toBe(200);
      expect(asKind(response.headers), path).toEqual(kind);
    }
  });

  it.each([
    ['/no-such-page/', 'en', 'Page not found'],
    ['/es/no-such-page/', 'es', 'No se encuentra la página'],
    ['/guides/', 'en', 'Page not found'],
    ['/es/guides/', 'es', 'No se encuentra la página'],
    ['/api/', 'en', 'Page not found'],
    ['/es/api/', 'es', 'No se encuentra la página'],
    ['/embed/', 'en', 'Page not found'],
    ['/es/embed/', 'es', 'No se encuentra la página'],
    ['/_astro/', 'en', 'Page not found'],
    ['/pagefind/', 'en', 'Page not found'],
  ])('answers %s with status 404 and the %s 404 page', async (path, lang, title) => {
    const response = await fetchPath(path);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain(`<html lang="${lang}"`);
    expect(response.body).toContain(`<h1 class="text-3xl font-bold sm:text-4xl">${title}</h1>`);
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    // Its links to the other language (the language switcher's among them) lead to pages that exist.
    const otherLanguage = [...response.body.matchAll(/<a href="([^"]+)"[^>]* hreflang="/g)].map((link) => link[1]!);
    expect(otherLanguage).not.toEqual([]);
    for (const href of otherLanguage) expect((await fetchPath(href)).status, href).toBe(200);
  });

  it('serves no host file', async () => {
    const response = await fetchPath('/_headers');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Content-Security-Policy:');
  });

  it.each(['/faqs', '/es/faqs', '/faqs/is-it-painful'])('redirects %s to the address with a slash', async (path) => {
    const response = await fetchPath(`${path}?from=a-clinic`);
    expect([301, 307, 308]).toContain(response.status);
    const location = new URL(response.headers.location ?? '', host.url);
    expect(`${location.pathname}${location.search}`).toBe(`${path}/?from=a-clinic`);
  });

  it('answers a revalidation of an unchanged page or feed with 304', async () => {
    for (const path of ['/faqs/', '/api/faqs.json']) {
      const { headers } = await fetchPath(path);
      expect(headers.etag, path).toBeTruthy();
      expect((await fetchPath(path, { 'if-none-match': headers.etag! })).status, path).toBe(304);
    }
  });
});

describe("dist/_headers as Netlify reads it (Netlify's own parser and header engine)", () => {
  const errors: string[] = [];
  const netlify = new HeadersHandler({
    projectDir: DIST,
    logger: { error: (message: string) => errors.push(message) } as never,
  });
  const headersOf = async (path: string) =>
    Object.fromEntries(
      Object.entries(await netlify.apply(new Request(`https://guide.example${path}`))).map(([name, value]) => [
        name.toLowerCase(),
        value,
      ]),
    );

  it.each(Object.entries(KINDS))('gives the headers of %s', async (_, { paths, ...kind }) => {
    for (const path of paths) expect(asKind(await headersOf(path)), path).toEqual(kind);
    expect(errors).toEqual([]);
  });
});
