/**
 * Each host's header file, written from HEADER_RULES. `npm run hosts` writes vercel.json and
 * deploy/nginx.conf (a unit test fails when the committed copies differ); the build writes dist/_headers.
 */
import { HEADER_RULES, type HeaderRule, headersFor, pathUnder } from './headers.ts';
import { TRANSLATED_LOCALES } from '../language/locales.ts';

const JSON_INDENT = 2;

/**
 * `_headers` for Netlify and Cloudflare. Cloudflare sends the headers of every matching rule, joining
 * repeated names, so a rule that replaces an earlier header first detaches it with "! Name"; Netlify skips
 * those lines (no colon) and lets the later rule win.
 */
export function headersFile(base = '/', rules = HEADER_RULES): string {
  const blocks = rules.map((rule, index) => {
    const earlier = new Set(rules.slice(0, index).flatMap((other) => Object.keys(other.headers)));
    return [
      `# ${rule.why}`,
      ...rule.paths.flatMap((path) => [
        pathUnder(base, path),
        ...Object.entries(rule.headers).flatMap(([name, value]) => [
          ...(earlier.has(name) ? [`  ! ${name}`] : []),
          `  ${name}: ${value}`,
        ]),
      ]),
    ].join('\n');
  });
  return `# Made by src/hosting/host-files.ts from src/hosting/headers.ts at build time: edit those, not this file.\n\n${blocks.join('\n\n')}\n`;
}

/** Vercel's patterns: "/_astro/*" → "/_astro/(.*)". */
const vercelSource = (path: string) => path.replaceAll('*', '(.*)');

/** vercel.json: the build, trailing slashes as the site writes them, and the headers (later entries win). */
export function vercelJson(base = '/', rules = HEADER_RULES): string {
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    trailingSlash: true,
    headers: rules.flatMap((rule: HeaderRule) =>
      rule.paths.map((path) => ({
        source: vercelSource(pathUnder(base, path)),
        headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
      })),
    ),
  };
  return `${JSON.stringify(config, null, JSON_INDENT)}\n`;
}

const TRY_FILES = 'try_files $uri $uri/ =404;';
const nginxRegex = (path: string) => `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`;
const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(
    ([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`,
  );

/**
 * An nginx server block. add_header in a location replaces the server's own, so every location repeats
 * the whole set that applies to its paths.
 */
export function nginxConf(base = '/', rules = HEADER_RULES): string {
  const [site, ...specific] = rules;
  if (!site || site.paths.join() !== '/*') throw new Error('The first header rule must cover every path ("/*").');
  const locations = specific.flatMap((rule) =>
    rule.paths.map((path) => {
      const pattern = pathUnder(base, path);
      // A sample path the pattern matches, to merge every rule that applies to it.
      const headers = headersFor(pattern.replaceAll('*', 'x'), base, rules);
      return [
        `    # ${rule.why}`,
        `    location ~ "${nginxRegex(pattern)}" {`,
        ...nginxHeaders(headers, '        '),
        `        ${TRY_FILES}`,
        '    }',
      ].join('\n');
    }),
  );
  return [
    '# Made by `npm run hosts` from src/hosting/headers.ts: edit that file, then run it again.',
    '',
    "# Each language's own 404 page: an unknown /es/… address gets /es/404.html.",
    'map $uri $not_found_page {',
    `    default ${pathUnder(base, '/404.html')};`,
    ...TRANSLATED_LOCALES.map(
      (locale) => `    ~^${pathUnder(base, `/${locale}/`)} ${pathUnder(base, `/${locale}/404.html`)};`,
    ),
    '}',
    '',
    'server {',
    '    listen 443 ssl;',
    '    http2 on;',
    '    server_name mesotherapy-guide.example;',
    '    # ssl_certificate and ssl_certificate_key: your certificate.',
    `    # Copy dist/ to ${pathUnder('/var/www/mesotherapy-guide', base)}.`,
    '    root /var/www/mesotherapy-guide;',
    '    error_page 404 $not_found_page;',
    '',
    `    # ${site.why}`,
    ...nginxHeaders(site.headers, '    '),
    '',
    '    location / {',
    '        # /faqs/pain → /faqs/pain/ (a redirect), then its index.html.',
    `        ${TRY_FILES}`,
    '    }',
    '',
    ...locations.flatMap((location) => [location, '']),
    '}',
    '',
    '# Plain HTTP only redirects to HTTPS.',
    'server {',
    '    listen 80;',
    '    server_name mesotherapy-guide.example;',
    '    return 301 https://$host$request_uri;',
    '}',
    '',
  ].join('\n');
}
