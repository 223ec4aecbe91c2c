import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, onTestFinished } from 'vitest';
import { pagefindIndex, SHARD_NAMES } from '../../../src/features/search/pagefind-index';
import { unpackWords, type VocabularyFile } from '../../../src/features/search/query-vocabulary';

/** Runs the integration's build:done hook on a folder of pages, as `astro build` does on dist/. */
async function indexFolder(pages: Record<string, string>) {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-'));
  onTestFinished(() => rmSync(site, { recursive: true, force: true }));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const hook = pagefindIndex().hooks['astro:build:done'] as (options: {
    dir: URL;
    logger: AstroIntegrationLogger;
  }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${site}/`), logger });
  return { site, logged };
}

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Menu</nav><main data-pagefind-body>${body}</main></body></html>`;

describe('pagefindIndex (the build step that writes dist/pagefind/)', () => {
  it('indexes the pages marked data-pagefind-body, per language, and says how many', async () => {
    const { site, logged } = await indexFolder({
      'index.html': page('en', '<h1>Bruising</h1><p>Small bruises may appear after a session.</p>'),
      'faqs/pain/index.html': page('en', '<h1>Pain</h1><p>It may sting a little.</p>'),
      'es/index.html': page('es', '<h1>Moratones</h1><p>Pueden aparecer moratones.</p>'),
    });
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count])),
    ).toEqual({ en: 2, es: 1 });
    expect(logged.join('\n')).toMatch(/pages per language\): (en: 2, es: 1|es: 1, en: 2)/);
  });

  it("keeps only headings as anchors in each result's text: other ids are not sub-results, only bytes", async () => {
    const { site } = await indexFolder({
      'index.html': page(
        'en',
        '<h1 id="top">Bruising</h1><h2 id="why">Why</h2><p>A <span id="term-bruise">bruise</span> may appear.</p>' +
          '<ol><li id="source-1">A review</li></ol>',
      ),
    });
    const folder = join(site, 'pagefind', 'fragment');
    const [file] = readdirSync(folder);
    const text = gunzipSync(readFileSync(join(folder, file!))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { anchors: { id: string }[]; content: string };
    expect(fragment.anchors.map((anchor) => anchor.id)).toEqual(['top', 'why']);
    expect(fragment.content).toContain('A bruise may appear.');
  });

  it('writes every vocabulary shard, by one letter (to mend a word) and by two (to tell a word is known)', async () => {
    const { site } = await indexFolder({
      'index.html': page('en', '<h1>Abscess</h1><p>A sore lump, an allergic reaction, and 2 more.</p>'),
    });
    const words = (shard: string) =>
      unpackWords(
        (
          JSON.parse(
            readFileSync(join(site, 'pagefind', 'vocabulary', 'en', `${shard}.json`), 'utf8'),
          ) as VocabularyFile
        ).words,
      );
    expect(words('a').sort()).toEqual(['a', 'abscess', 'allergic', 'an', 'and']);
    expect(words('ab')).toEqual(['abscess']);
    expect(words('an').sort()).toEqual(['an', 'and']);
    expect(words('2')).toEqual(['2']);
    // A shard no word is filed under is there, empty: a fetch of it never meets the site's 404 page.
    expect(words('zq')).toEqual([]);
    expect(readdirSync(join(site, 'pagefind', 'vocabulary', 'en')).length).toBe(SHARD_NAMES.length);
  });

  it('fails the build when there is nothing to index, rather than ship a search that finds nothing', async () => {
    await expect(indexFolder({ 'notes.txt': 'no pages here' })).rejects.toThrow(
      /Pagefind could not index .*no HTML pages found/,
    );
  });
});
