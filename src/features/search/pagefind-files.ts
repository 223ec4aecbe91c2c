// Build time (Node): Pagefind's own files that every first search downloads, whatever its words, made lighter with
// the same content: its script minified, its WebAssembly and its chunk lists compressed harder. They are most of a
// first search's bytes (see README.md, "Figures").
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';

/**
 * Pagefind gzips its WebAssembly (wasm.<language>.pagefind) and each language's chunk list (*.pf_meta) itself, and
 * pagefind.js inflates them: Zopfli writes the same gzip format 5% smaller. Its index chunks and page texts are left as
 * they are: hundreds of small files, where Zopfli would add minutes to a build for 2%.
 */
const RECOMPRESSED = /^wasm\..+\.pagefind$|\.pf_meta$/;
/** Zopfli's passes: more gain nothing on these files and take longer. */
const ZOPFLI_ITERATIONS = 5;
/**
 * Pagefind writes the same WebAssembly for a language at every build of its version, and Zopfli takes about a second
 * on each: its output is kept here, by the hash of what Pagefind wrote, so only the first build pays.
 */
const ZOPFLI_CACHE = fileURLToPath(new URL('../../../node_modules/.cache/pagefind-zopfli/', import.meta.url));

/** The file Pagefind gzipped, gzipped smaller by Zopfli (the WebAssembly from the cache when it has it). */
async function recompressed(gzipped: Buffer, cached: boolean): Promise<Buffer> {
  const cachePath = join(ZOPFLI_CACHE, `${createHash('sha256').update(gzipped).digest('hex')}.gz`);
  if (cached && existsSync(cachePath)) return readFileSync(cachePath);
  const smaller = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: ZOPFLI_ITERATIONS }));
  if (cached) {
    mkdirSync(ZOPFLI_CACHE, { recursive: true });
    writeFileSync(cachePath, smaller);
  }
  return smaller;
}

/** Makes Pagefind's script and its files every search loads in `folder` (dist/pagefind) lighter. */
export async function lightenPagefindFiles(folder: string): Promise<void> {
  // Pagefind ships its script readable: esbuild's minifier renames its local names and drops the spaces (not the
  // properties its WebAssembly calls), so it runs the same.
  const scriptPath = join(folder, 'pagefind.js');
  const script = readFileSync(scriptPath, 'utf8');
  const { code } = await transform(script, { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  writeFileSync(scriptPath, code);
  for (const name of readdirSync(folder).filter((file) => RECOMPRESSED.test(file))) {
    const path = join(folder, name);
    const gzipped = readFileSync(path);
    const smaller = await recompressed(gzipped, name.startsWith('wasm.'));
    if (smaller.length < gzipped.length) writeFileSync(path, smaller);
  }
}
