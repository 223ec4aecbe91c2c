import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Serves a folder on 127.0.0.1 like a static host: /path/ → path/index.html, unknown paths → 404.html. */
export async function serveFolder(folder: string, port = 0): Promise<{ url: string; server: Server }> {
  const notFound = join(folder, '404.html');
  const files = sirv(folder, { dev: false, etag: true });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, server };
}
