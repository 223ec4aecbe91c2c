/**
 * THE response headers of the site, for every host. The host files (dist/_headers for Netlify and
 * Cloudflare, vercel.json, deploy/nginx.conf) and the test server are all made from these rules, so they
 * cannot drift. Paths are written from the site root; a build under BASE_PATH moves them under it.
 */
import { SEARCH_BOOTSTRAP_HASH } from '../features/search/search-bootstrap.generated.ts';
import { TOOL_STARTER_HASH } from '../site/tool-starter.generated.ts';
import { EMBED_STARTER_HASH } from '../features/clinics/embed-starter.generated.ts';
import { SEARCH_PRELOAD_HASH } from '../features/search/search-preload.generated.ts';
import { DEFAULT_LOCALE, LOCALES } from '../language/locales.ts';

/**
 * The Content-Security-Policy every page carries in a <meta> tag (astro.config.mjs passes it to Astro,
 * which adds the hashes of the page's own scripts and styles to script-src and style-src).
 */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
/** Pagefind's search runs WebAssembly. */
export const PAGE_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/**
 * The inline scripts, allowed by their hashes (src/hosting/inline-scripts.ts): the search bootstrap every page
 * carries, the starter of the pages with a tool, the search page's preloads, and the embeds' starter.
 */
export const PAGE_SCRIPT_HASHES = [
  SEARCH_BOOTSTRAP_HASH,
  TOOL_STARTER_HASH,
  SEARCH_PRELOAD_HASH,
  EMBED_STARTER_HASH,
] as const;

/**
 * The same policy as a header, which browsers enforce together with the meta tag (a resource must pass
 * both). The header adds what a meta tag cannot carry (frame-ancestors) and covers responses that are not
 * HTML. It allows no inline script but those, by their hashes; it allows inline <style> because each
 * page's hashes live only in its meta tag, which then narrows style-src to exactly that page's styles.
 */
function headerCsp(frameAncestors: string): string {
  return [
    ...PAGE_CSP_DIRECTIVES,
    `script-src ${[...PAGE_SCRIPT_SOURCES, ...PAGE_SCRIPT_HASHES.map((hash) => `'${hash}'`)].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export interface HeaderRule {
  /** What the rule is for, written into every host file as a comment. */
  why: string;
  /**
   * Paths from the site root; "*" matches any characters ("/_astro/*") and ":name" one folder name
   * ("/embed/:kind/*"). A "*" that is a whole folder name is avoided: Netlify lets it match nothing, slash
   * included, so "/embed/*" would also catch "/embed.js".
   */
  paths: string[];
  /** Later rules replace the headers of earlier ones for the paths they match. */
  headers: Record<string, string>;
}

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** "/embed/*" in every language: "/embed/*", "/es/embed/*"… */
const inEveryLanguage = (path: string) =>
  LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`));

export const HEADER_RULES: HeaderRule[] = [
  {
    why: 'Every response: no other site may frame it, HTTPS only, and the browser revalidates before reuse.',
    paths: ['/*'],
    headers: {
      'Content-Security-Policy': headerCsp("'none'"),
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': REVALIDATE,
    },
  },
  {
    why: 'Clinic embeds: any site may frame them; search engines index the full pages instead (crawlable, so they can read this).',
    paths: inEveryLanguage('/embed/:kind/*'),
    headers: { 'Content-Security-Policy': headerCsp('*'), 'X-Robots-Tag': 'noindex' },
  },
  {
    why: "JSON feeds: clinics' pages may read them from the browser, and they carry the type the pages' <link> advertises.",
    paths: inEveryLanguage('/api/*.json'),
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Type': 'application/feed+json',
    },
  },
  {
    why: "The embed loader: clinics' pages load it with a <script> tag.",
    paths: ['/embed.js'],
    headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
  },
  {
    why: "Astro's scripts and styles: their names change when their content does, so they are kept a year; in WordPress's sandboxed frame an embed has no origin of its own, so the browser fetches its module scripts with CORS.",
    paths: ['/_astro/*'],
    headers: { 'Cache-Control': IMMUTABLE, 'Access-Control-Allow-Origin': '*' },
  },
  {
    why: "Pagefind's index, whose file names change when their content does: kept a year.",
    paths: ['/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'],
    headers: { 'Cache-Control': IMMUTABLE },
  },
];

/** A rule's path under the site's base: ("/_astro/*", "/guide/") → "/guide/_astro/*". */
export const pathUnder = (base: string, path: string) => `${base.replace(/\/$/, '')}${path}`;

/** A rule's path as a regular expression source, anchored: "/embed/:kind/*" → "^/embed/[^/]+/.*$". */
export function pathRegExpSource(pattern: string): string {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return `^${escaped.replaceAll('*', '.*').replace(/:\w+/g, '[^/]+')}$`;
}

/** Whether a request path matches a rule's path pattern. */
export function pathMatches(pattern: string, path: string): boolean {
  return new RegExp(pathRegExpSource(pattern)).test(path);
}

/** The headers a host sends for one path: every matching rule in order, later ones replacing earlier ones. */
export function headersFor(path: string, base = '/', rules = HEADER_RULES): Record<string, string> {
  const matching = rules.filter((rule) => rule.paths.some((pattern) => pathMatches(pathUnder(base, pattern), path)));
  return Object.assign({}, ...matching.map((rule) => rule.headers));
}
