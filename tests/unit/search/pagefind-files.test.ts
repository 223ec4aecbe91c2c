import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lightenPagefindFiles } from '../../../src/features/search/pagefind-files';

/** A folder shaped like dist/pagefind: a readable script, gzipped WebAssembly, a chunk list and a page's text. */
function pagefindFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const script = `export function resultsFor(searchTerm) {\n    const matchingPages = ['/bruising/', '/swelling/'];\n    return matchingPages.filter((page) => page.includes(searchTerm));\n}\n`;
  // Pagefind's own files: gzip of its signature and the content; level 1 stands for "not as small as it could be".
  const payload = Buffer.concat([
    Buffer.from('pagefind_dcd'),
    Buffer.from('\0asm'.repeat(50) + 'bruising '.repeat(400)),
  ]);
  const files = {
    'pagefind.js': Buffer.from(script),
    'wasm.en.pagefind': gzipSync(payload, { level: 1 }),
    'pagefind.en_0123456789.pf_meta': gzipSync(payload, { level: 1 }),
    'en_abc.pf_fragment': gzipSync(payload, { level: 1 }),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return { folder, files, payload };
}

describe('lightenPagefindFiles (the build step after Pagefind writes dist/pagefind/)', () => {
  it('minifies pagefind.js, which then works the same', async () => {
    const { folder, files } = pagefindFolder();
    await lightenPagefindFiles(folder);
    const minified = readFileSync(join(folder, 'pagefind.js'));
    expect(minified.length).toBeLessThan(files['pagefind.js'].length * 0.8);
    const { resultsFor } = (await import(pathToFileURL(join(folder, 'pagefind.js')).href)) as {
      resultsFor: (term: string) => string[];
    };
    expect(resultsFor('swell')).toEqual(['/swelling/']);
  });

  it('compresses the WebAssembly and the chunk list smaller, to the same bytes, and leaves page texts alone', async () => {
    const { folder, files, payload } = pagefindFolder();
    await lightenPagefindFiles(folder);
    for (const name of ['wasm.en.pagefind', 'pagefind.en_0123456789.pf_meta'] as const) {
      const recompressed = readFileSync(join(folder, name));
      expect(recompressed.length, name).toBeLessThan(files[name].length);
      expect(gunzipSync(recompressed).equals(payload), name).toBe(true);
    }
    expect(readFileSync(join(folder, 'en_abc.pf_fragment')).equals(files['en_abc.pf_fragment'])).toBe(true);
  });
});
