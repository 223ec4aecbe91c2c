// The words each browser script carries, read from the built JavaScript in dist/_astro/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server';
import { type Locale, LOCALES, ui } from '../support/languages';
import type { SearchWords } from '../../src/i18n/en/search';
import type { EstimatorWords } from '../../src/i18n/en/estimator';
import type { SnippetBuilderWords } from '../../src/i18n/en/snippet-builder';

/** Every phrase in a dictionary part (single words such as "early" are also the code's own values). */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.includes(' ') ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}
/** Each language's part of the dictionary that a browser feature loads by itself (src/i18n/<language>/<feature>.ts). */
const part = async <Words>(locale: Locale, feature: string) =>
  ((await import(`../../src/i18n/${locale}/${feature}.ts`)) as { default: Words }).default;
const parts = await Promise.all(
  LOCALES.map(async (locale) => ({
    locale,
    search: await part<SearchWords>(locale, 'search'),
    estimator: await part<EstimatorWords>(locale, 'estimator'),
    'snippet-builder': await part<SnippetBuilderWords>(locale, 'snippet-builder'),
  })),
);
/** "search (es)" → the phrases of src/i18n/es/search.ts, and so on for every feature and language. */
const features: Record<string, string[]> = Object.fromEntries(
  parts.flatMap(({ locale, ...byFeature }) =>
    Object.entries(byFeature).map(([name, words]) => [`${name} (${locale})`, wordsOf(words)]),
  ),
);
const browserWords = new Set(Object.values(features).flat());
/** The words only pages write (the estimator's form, the clinic page, the medical notes…): no script needs them. */
// Leaving out a phrase that a script's own words quote (an error message names the "Not sure, or not listed" choice).
const pageOnlyWords = LOCALES.flatMap((locale) => wordsOf(ui(locale))).filter(
  (word) => !browserWords.has(word) && ![...browserWords].some((own) => own.includes(word)),
);

const ASSETS = join(DIST, '_astro');
/** The code with the minifier's escapes written out ("c\\xF3mo" → "cómo", "\\u2019" → "’"), so words match as written. */
const unescaped = (code: string) =>
  code.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})|\\u\{([0-9a-f]+)\}/gi, (_, x?: string, u?: string, long?: string) =>
    String.fromCodePoint(parseInt(x ?? u ?? long!, 16)),
  );
const scripts = readdirSync(ASSETS)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, code: unescaped(readFileSync(join(ASSETS, file), 'utf8')) }));
/** True when the code has the word as a whole string literal (the minifier keeps strings as they are, in any quotes). */
const holds = (code: string, word: string) => ['`', '"', "'"].some((quote) => code.includes(`${quote}${word}${quote}`));
const featuresIn = (code: string) =>
  Object.entries(features)
    .filter(([, words]) => words.some((word) => holds(code, word)))
    .map(([name]) => name);

/** A chunk and every chunk it imports statically: what the browser runs when it loads that chunk. */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = scripts.find((script) => script.file === file)?.code ?? '';
  const imported = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)].map(
    (match) => match[1]!,
  );
  return [file, ...imported.flatMap((name) => withImports(name, seen))];
}

describe('words in browser scripts, in every language', () => {
  it('each feature’s words in each language are in exactly one chunk of their own, loaded apart from the code', () => {
    for (const [name, words] of Object.entries(features)) {
      const holders = scripts.filter(({ code }) => words.some((word) => holds(code, word)));
      expect(
        holders.map(({ file }) => file),
        name,
      ).toHaveLength(1);
      expect(featuresIn(holders[0]!.code), holders[0]!.file).toEqual([name]);
    }
  });

  it('no script carries words only pages write', () => {
    for (const { file, code } of scripts)
      expect(
        pageOnlyWords.filter((word) => holds(code, word)),
        file,
      ).toEqual([]);
  });

  it('the search UI and what it imports carry no estimator, clinic or dictionary words', () => {
    const searchUi = scripts.find(({ file }) => file.startsWith('search-ui'));
    if (!searchUi) throw new Error('dist/_astro/ has no search-ui chunk: build the site first.');
    const loaded = withImports(searchUi.file)
      .map((file) => scripts.find((script) => script.file === file)!.code)
      .join('\n');
    expect(featuresIn(loaded)).toEqual([]);
    expect(pageOnlyWords.filter((word) => holds(loaded, word))).toEqual([]);
    // Its own words arrive in their own chunk, the only one that holds them.
    for (const { locale, search } of parts) {
      const wordsChunk = scripts.find(({ code }) => holds(code, search.search.noResultsHelp));
      expect(searchUi.code, locale).toContain(wordsChunk!.file);
    }
  });
});
