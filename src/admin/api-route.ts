import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { makeHandler } from '@keystatic/astro/api';
import config from './keystatic.config.ts';
import { keepUnchangedParts } from './keep-unchanged.ts';

/** Keystatic's local API (it reads and writes content/), with saves that keep what the editor did not change. */
const keystaticApi = makeHandler({ config });

export const prerender = false;

interface Update {
  additions: Array<{ path: string; contents: string }>;
  deletions: Array<{ path: string }>;
}

const oldText = (path: string) => readFile(join(process.cwd(), path), 'utf8').catch(() => undefined);

export async function ALL(context: APIContext): Promise<Response> {
  const { request } = context;
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/update')) return keystaticApi(context);
  const update = (await request.json()) as Update;
  // Contents travel base64url-encoded; Keystatic checks the paths (its collections' folders only) before writing.
  for (const addition of update.additions) {
    if (!/^content\/[a-z0-9/-]+\.(mdx|yaml)$/.test(addition.path)) continue;
    const text = Buffer.from(addition.contents, 'base64url').toString('utf8');
    addition.contents = Buffer.from(
      keepUnchangedParts(await oldText(addition.path), text, addition.path),
      'utf8',
    ).toString('base64url');
  }
  const kept = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(update) });
  return keystaticApi({ ...context, request: kept } as APIContext);
}
