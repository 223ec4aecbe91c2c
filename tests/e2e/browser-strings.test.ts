// The words each browser script carries, read from the built JavaScript in dist/_astro/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server';
import { en } from '../../src/i18n/en';
import searchWords from '../../src/i18n/en/search';
import estimatorWords from '../../src/i18n/en/estimator';
import snippetBuilderWords from '../../src/i18n/en/snippet-builder';

/** Every phrase in a dictionary part (single words such as "early" are also the code's own values). */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.includes(' ') ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}
const features = { search: wordsOf(searchWords), estimator: wordsOf(estimatorWords), 'snippet-builder': wordsOf(snippetBuilderWords) };
const browserWords = new Set(Object.values(features).flat());
/** The words only pages write (the estimator's form, the clinic page, the medical notes…): no script needs them. */
// Leaving out a phrase that a script's own words quote (an error message names the "Not sure, or not listed" choice).
const pageOnlyWords = wordsOf(en).filter((word) => !browserWords.has(word) && ![...browserWords].some((own) => own.includes(word)));

const ASSETS = join(DIST, '_astro');
const scripts = readdirSync(ASSETS)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, code: readFileSync(join(ASSETS, file), 'utf8') }));
/** True when the code has the word as a whole string literal (the minifier keeps strings as they are, in any quotes). */
const holds = (code: string, word: string) => ['`', '"', "'"].some((quote) => code.includes(`${quote}${word}${quote}`));
const featuresIn = (code: string) => Object.entries(features).filter(([, words]) => words.some((word) => holds(code, word))).map(([name]) => name);

/** A chunk and every chunk it imports statically: what the browser runs when it loads that chunk. */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = scripts.find((script) => script.file === file)?.code ?? '';
  const imported = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)].map((match) => match[1]!);
  return [file, ...imported.flatMap((name) => withImports(name, seen))];
}

describe('words in browser scripts', () => {
  it('each feature’s words are in exactly one chunk of their own, loaded apart from the code', () => {
    for (const [name, words] of Object.entries(features)) {
      const holders = scripts.filter(({ code }) => words.some((word) => holds(code, word)));
      expect(holders.map(({ file }) => file), name).toHaveLength(1);
      expect(featuresIn(holders[0]!.code), holders[0]!.file).toEqual([name]);
    }
  });

  it('no script carries words only pages write', () => {
    for (const { file, code } of scripts) expect(pageOnlyWords.filter((word) => holds(code, word)), file).toEqual([]);
  });

  it('the search UI and what it imports carry no estimator, clinic or dictionary words', () => {
    const searchUi = scripts.find(({ file }) => file.startsWith('search-ui'));
    if (!searchUi) throw new Error('dist/_astro/ has no search-ui chunk: build the site first.');
    const loaded = withImports(searchUi.file).map((file) => scripts.find((script) => script.file === file)!.code).join('\n');
    expect(featuresIn(loaded)).toEqual([]);
    expect(pageOnlyWords.filter((word) => holds(loaded, word))).toEqual([]);
    // Its own words arrive in their own chunk, the only one that holds them.
    const wordsChunk = scripts.find(({ code }) => holds(code, searchWords.search.noResultsHelp));
    expect(searchUi.code).toContain(wordsChunk!.file);
  });
});
