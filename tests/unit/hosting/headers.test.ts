import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTransformedRoutes } from '@vercel/routing-utils';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, pathMatches } from '../../../src/hosting/headers';
import { nginxConf, vercelJson } from '../../../src/hosting/host-files';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the header rules', () => {
  it('name each path once (Cloudflare keeps one block of _headers for a path named twice)', () => {
    const paths = HEADER_RULES.flatMap((rule) => rule.paths);
    expect(paths.length).toBe(new Set(paths).size);
  });

  it('match paths with * standing for any characters and :name for one folder name', () => {
    expect(pathMatches('/embed/:kind/*', '/embed/faq/')).toBe(true);
    expect(pathMatches('/embed/:kind/*', '/embed/country/gb/faq/')).toBe(true);
    expect(pathMatches('/embed/:kind/*', '/embed.js')).toBe(false);
    expect(pathMatches('/pagefind/*.pf_meta', '/pagefind/pagefind.js')).toBe(false);
  });

  it('pass the checks of Mozilla HTTP Observatory on every page', () => {
    for (const path of ['/', '/faqs/pain/', '/embed/faq/', '/404.html']) {
      const headers = headersFor(path);
      const csp = headers['Content-Security-Policy'] ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(csp.match(/script-src[^;]*/)?.[0], path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|https?:/);
      expect(
        Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]),
        path,
      ).toBeGreaterThanOrEqual(15_552_000);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(headers['Access-Control-Allow-Origin'], path).toBeUndefined();
    }
  });

  it('let only the embeds be framed, and only the feeds be read by other sites', () => {
    expect(headersFor('/faqs/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(headersFor('/embed/faq/')['Content-Security-Policy']).toMatch(/frame-ancestors \*/);
    expect(headersFor('/api/faqs.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor('/embed.js')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
  });

  it('keep hashed files a year and make the rest revalidate', () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of [
      '/_astro/app.Ab12.js',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind.en_1.pf_meta',
    ]) {
      expect(headersFor(path)['Cache-Control'], path).toBe(immutable);
    }
    for (const path of [
      '/',
      '/faqs/',
      '/api/faqs.json',
      '/embed.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
    ]) {
      expect(headersFor(path)['Cache-Control'], path).toMatch(/max-age=0, must-revalidate/);
    }
  });
});

describe('the host files', () => {
  it('vercel.json and deploy/nginx.conf are the ones `npm run hosts` writes (run it after changing the rules)', () => {
    expect(read('vercel.json')).toBe(vercelJson());
    expect(read('deploy/nginx.conf')).toBe(nginxConf());
  });
});

describe("vercel.json as Vercel's own routing code reads it (@vercel/routing-utils)", () => {
  // Vercel's proxy, which applies the routes, is not published; its routing code turns vercel.json into them.
  const { routes, error } = getTransformedRoutes(
    JSON.parse(read('vercel.json')) as Parameters<typeof getTransformedRoutes>[0],
  );
  const EVERY_RESPONSE = [
    'Content-Security-Policy',
    'Strict-Transport-Security',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
    'Cross-Origin-Opener-Policy',
    'Cross-Origin-Resource-Policy',
    'Cache-Control',
  ];
  /** The routes with a pattern (the others are Vercel's phase markers). */
  const sourceRoutes = (routes ?? []).filter((route) => 'src' in route) as Array<{
    src: string;
    continue?: boolean;
    status?: number;
    headers?: Record<string, string>;
  }>;
  /** The header names of every header route whose pattern matches the path, in route order. */
  const headerNames = (path: string) =>
    sourceRoutes
      .filter((route) => route.continue && new RegExp(route.src).test(path))
      .flatMap((route) => Object.keys(route.headers ?? {}));

  it('is valid, and redirects an address without its slash with 308', () => {
    expect(error).toBeNull();
    const redirect = sourceRoutes.find((route) => route.status === 308);
    expect('/faqs/pain'.replace(new RegExp(redirect!.src), redirect!.headers!.Location!)).toBe('/faqs/pain/');
  });

  it.each([
    ['/faqs/', []],
    ['/embed/faq/', ['Content-Security-Policy', 'X-Robots-Tag']],
    ['/es/embed/country/es/faq/', ['Content-Security-Policy', 'X-Robots-Tag']],
    ['/embed.js', ['Cross-Origin-Resource-Policy']],
    ['/es/api/faqs.json', ['Access-Control-Allow-Origin', 'Cross-Origin-Resource-Policy', 'Content-Type']],
    ['/_astro/app.Ab12.js', ['Cache-Control', 'Access-Control-Allow-Origin']],
    ['/pagefind/pagefind.en_1.pf_meta', ['Cache-Control']],
    ['/pagefind/pagefind.js', []],
  ])('gives %s the headers of every response, then %j', (path, specific) => {
    expect(headerNames(path)).toEqual([...EVERY_RESPONSE, ...specific]);
  });
});

describe("the README's table of headers", () => {
  const table = read('README.md')
    .split('\n')
    .filter((line) => /^\| `[A-Z]\w*-[\w-]+` +\|/.test(line));
  const rowOf = (name: string) => table.find((line) => line.startsWith(`| \`${name}\``));

  it('has a row for every header the rules send, naming every path it is sent on beyond every response', () => {
    for (const rule of HEADER_RULES) {
      for (const name of Object.keys(rule.headers)) {
        expect(rowOf(name), name).toBeDefined();
        if (rule.paths.join() === '/*') continue;
        for (const path of rule.paths) expect(rowOf(name), `${name} on ${path}`).toContain(`\`${path}\``);
      }
    }
  });

  it('has no row for a header the rules do not send', () => {
    const sent = new Set(HEADER_RULES.flatMap((rule) => Object.keys(rule.headers)));
    expect(table.map((line) => /^\| `([\w-]+)`/.exec(line)![1]).filter((name) => !sent.has(name!))).toEqual([]);
  });
});
