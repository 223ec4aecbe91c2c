/**
 * Each host's header file, written from HEADER_RULES. `npm run hosts` writes vercel.json and
 * deploy/nginx.conf (a unit test fails when the committed copies differ); the build writes dist/_headers.
 */
import { HEADER_RULES, type HeaderRule, headersFor, pathRegExpSource, pathUnder } from './headers.ts';
import { TRANSLATED_LOCALES } from '../language/locales.ts';

const JSON_INDENT = 2;

/** Headers the host sends by itself, which a rule replaces rather than adds to. */
const SENT_BY_HOST = ['Content-Type'];

/**
 * `_headers` for Netlify and Cloudflare. Cloudflare sends the headers of every matching rule, joining
 * repeated names, so a rule that replaces an earlier header (or the host's own) first detaches it with
 * "! Name". Netlify skips those lines (no colon) and lets the later rule win, which gives the same headers.
 */
export function headersFile(base = '/', rules = HEADER_RULES): string {
  const blocks = rules.map((rule, index) => {
    const earlier = new Set([...SENT_BY_HOST, ...rules.slice(0, index).flatMap((other) => Object.keys(other.headers))]);
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

/** Vercel's patterns: "/_astro/*" → "/_astro/(.*)"; ":kind" is Vercel's own. */
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
const nginxValue = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
/** add_header for each header; a Content-Type becomes the type of every file the location serves. */
const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([name, value]) =>
    name === 'Content-Type'
      ? `${indent}types { } default_type ${value};`
      : `${indent}add_header ${name} ${nginxValue(value)} always;`,
  );

export interface NginxOptions {
  /** The site's folder on the address, as BASE_PATH. */
  base?: string;
  /** The folder holding the copy of dist/ (under the base's folder name when there is one). */
  root?: string;
  /** Where HTTPS and plain HTTP listen: "443", "127.0.0.1:8443"… */
  httpsListen?: string;
  httpListen?: string;
  /** The certificate and its key (nginx -t fails until both files exist). */
  certificate?: { cert: string; key: string };
}

/**
 * An nginx server block, for nginx 1.22 (Debian 12) and later. add_header in a location replaces the
 * server's own, so every location repeats the whole set that applies to its paths.
 */
export function nginxConf(options: NginxOptions = {}, rules = HEADER_RULES): string {
  const { base = '/', root = '/var/www/mesotherapy-guide', httpsListen = '443', httpListen = '80' } = options;
  const { cert, key } = options.certificate ?? {
    cert: '/etc/ssl/certs/mesotherapy-guide.example.pem',
    key: '/etc/ssl/private/mesotherapy-guide.example.key',
  };
  const [site, ...specific] = rules;
  if (!site || site.paths.join() !== '/*') throw new Error('The first header rule must cover every path ("/*").');
  const locations = specific.flatMap((rule) =>
    rule.paths.map((path) => {
      const pattern = pathUnder(base, path);
      // A sample path the pattern matches, to merge every rule that applies to it.
      const headers = headersFor(pattern.replaceAll('*', 'x').replace(/:\w+/g, 'x'), base, rules);
      return [
        `    # ${rule.why}`,
        `    location ~ "${pathRegExpSource(pattern)}" {`,
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
    // "listen … http2" rather than "http2 on", which needs nginx 1.25.1 (later versions warn that it is deprecated).
    `    listen ${httpsListen} ssl http2;`,
    '    server_name mesotherapy-guide.example;',
    `    ssl_certificate ${cert};`,
    `    ssl_certificate_key ${key};`,
    `    # Copy dist/ to ${pathUnder(root, base)}.`,
    `    root ${root};`,
    "    # A folder without index.html (/guides/) is nginx's 403 (no folder listing): the site's 404 page instead.",
    '    error_page 403 404 =404 $not_found_page;',
    '',
    `    # ${site.why}`,
    ...nginxHeaders(site.headers, '    '),
    '',
    '    location / {',
    '        # /faqs/pain → /faqs/pain/ (a redirect), then its index.html.',
    `        ${TRY_FILES}`,
    '    }',
    '',
    '    # The host file of Netlify and Cloudflare is not part of the site.',
    `    location = ${pathUnder(base, '/_headers')} {`,
    '        return 404;',
    '    }',
    '',
    ...locations.flatMap((location) => [location, '']),
    '}',
    '',
    '# Plain HTTP only redirects to HTTPS.',
    'server {',
    `    listen ${httpListen};`,
    '    server_name mesotherapy-guide.example;',
    '    return 301 https://$host$request_uri;',
    '}',
    '',
  ].join('\n');
}
