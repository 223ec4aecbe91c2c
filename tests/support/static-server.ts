import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The 404 page a host shows for an unknown path, as Cloudflare Pages finds it: the closest 404.html up the folders
 * of the path (/es/no-such-page/ → es/404.html, the Spanish one), else none.
 */
export function closestNotFoundPage(folder: string, path: string): Buffer | undefined {
  const parts = new URL(path, 'http://host').pathname.split('/').filter(Boolean);
  for (let depth = parts.length; depth >= 0; depth -= 1) {
    const candidate = join(folder, ...parts.slice(0, depth), '404.html');
    if (existsSync(candidate)) return readFileSync(candidate);
  }
  return undefined;
}

/** Answers an unknown path as a host does: status 404 and the closest 404 page of the folder. */
export function sendNotFound(res: ServerResponse, folder: string, path: string): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(closestNotFoundPage(folder, path) ?? 'Not found');
}

/** Serves a folder on 127.0.0.1 like a static host: /path/ → path/index.html, unknown paths → the closest 404.html. */
export async function serveFolder(folder: string, port = 0): Promise<{ url: string; server: Server }> {
  const files = sirv(folder, { dev: false, etag: true });
  const server = createServer((req, res) => files(req, res, () => sendNotFound(res, folder, req.url ?? '/')));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, server };
}
