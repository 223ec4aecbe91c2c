import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { pathMatches } from '../../src/hosting/headers.ts';
import { sendNotFound } from './static-server.ts';

interface HeadersFileRule {
  path: string;
  detach: string[];
  headers: Array<[string, string]>;
}

/** Parses a Netlify/Cloudflare `_headers` file: a path line, then indented "Name: value" and "! Name" lines. */
export function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path.`);
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(':');
      rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers Cloudflare sends for a path: every matching rule in order; "! Name" removes what earlier
 * rules set, and a name set twice is joined with ", " (which is why the file must detach before it replaces).
 */
export function cloudflareHeaders(rules: HeadersFileRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.headers)
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

/**
 * Serves a built folder as a static host does: at `base` (e.g. "/guide/"), with the folder's own
 * `_headers` file applied, /path/ → path/index.html, and the closest 404 page (a language's own) with status 404
 * for unknown paths.
 */
export async function serveLikeHost(folder: string, base = '/'): Promise<{ url: string; server: Server }> {
  const rules = parseHeadersFile(readFileSync(join(folder, '_headers'), 'utf8'));
  const files = sirv(folder, { dev: false, etag: true });
  const applyHeaders = (res: ServerResponse, path: string) => {
    for (const [name, value] of cloudflareHeaders(rules, path)) res.setHeader(name, value);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    applyHeaders(res, path);
    // Host files (_headers) are configuration, not content.
    if (!path.startsWith(base) || path.endsWith('/_headers')) return sendNotFound(res, folder, '/');
    req.url = (req.url ?? '/').slice(base.length - 1);
    files(req, res, () => sendNotFound(res, folder, req.url ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
