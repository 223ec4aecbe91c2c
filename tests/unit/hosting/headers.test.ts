import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, pathMatches } from '../../../src/hosting/headers';
import { headersFile, nginxConf, vercelJson } from '../../../src/hosting/host-files';
import { cloudflareHeaders, parseHeadersFile } from '../../support/host-server';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE_PATHS = [
  '/',
  '/faqs/pain/',
  '/embed/faq/',
  '/api/faqs.json',
  '/embed.js',
  '/_astro/app.Ab12.js',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/fragment/en_1f33be5.pf_fragment',
  '/pagefind/pagefind.en_7924f7175f.pf_meta',
  '/404.html',
];
const lower = (headers: Record<string, string>) =>
  new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('the header rules', () => {
  it('match paths with * standing for any characters', () => {
    expect(pathMatches('/embed/*', '/embed/faq/')).toBe(true);
    expect(pathMatches('/embed/*', '/embed.js')).toBe(false);
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
  it('_headers gives what the rules say, read the way Cloudflare reads it (at the root and under a base)', () => {
    for (const base of ['/', '/guide/']) {
      const rules = parseHeadersFile(headersFile(base));
      for (const path of SAMPLE_PATHS) {
        const under = `${base.slice(0, -1)}${path}`;
        expect(cloudflareHeaders(rules, under), under).toEqual(lower(headersFor(under, base)));
      }
    }
  });

  it('_headers gives the same read the way Netlify reads it (later rules replace, "!" lines skipped)', () => {
    const rules = parseHeadersFile(headersFile());
    for (const path of SAMPLE_PATHS) {
      const netlify = new Map<string, string>();
      for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
        for (const [name, value] of rule.headers) netlify.set(name, value);
      }
      expect(netlify, path).toEqual(lower(headersFor(path)));
    }
  });

  it('vercel.json and deploy/nginx.conf are the ones `npm run hosts` writes (run it after changing the rules)', () => {
    expect(readFileSync(join(ROOT, 'vercel.json'), 'utf8')).toBe(vercelJson());
    expect(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')).toBe(nginxConf());
  });

  it('vercel.json lists every rule, in order, with its headers', () => {
    const config = JSON.parse(vercelJson()) as {
      trailingSlash: boolean;
      headers: Array<{ source: string; headers: Array<{ key: string }> }>;
    };
    expect(config.trailingSlash).toBe(true);
    expect(config.headers.map((entry) => entry.source)).toEqual(
      HEADER_RULES.flatMap((rule) => rule.paths.map((path) => path.replaceAll('*', '(.*)'))),
    );
  });

  it('every nginx location repeats the whole set of headers that applies to it', () => {
    const locations = nginxConf().split('location ~ ').slice(1);
    expect(locations.length).toBe(HEADER_RULES.slice(1).flatMap((rule) => rule.paths).length);
    for (const location of locations) {
      for (const name of Object.keys(HEADER_RULES[0]!.headers)) expect(location).toContain(`add_header ${name} `);
    }
  });
});
