// Build time (Node): the vocabulary of each language's search index, for the query rules in the browser
// (query-vocabulary.ts). It reads each built page as Pagefind does: the text inside data-pagefind-body, without what
// Pagefind leaves out, plus the data-pagefind-meta words (titles and searchTerms).
import { load } from 'cheerio';
import { americanSpellings } from '../../language/british-spellings.ts';
import type { VocabularyData } from './query-vocabulary.ts';
import { editDistance } from './spelling-correction.ts';
import { wordsOf } from '../../language/query-words.ts';

/**
 * What the index leaves out, on top of data-pagefind-ignore: code samples, everything Pagefind skips by default, and
 * what a page repeats in every paragraph or cell, by its class rather than an attribute on each: citation numbers,
 * glossary pop-ups (the term itself stays), and the option each cell of the comparison names for phones.
 */
export const NOT_INDEXED = [
  'pre',
  'code',
  'script',
  'style',
  'svg',
  'form',
  'template',
  'noscript',
  '.cite',
  '.term-tip',
  '.compare-option',
];

/** A page's indexed words and its language, or undefined for a page outside search (no data-pagefind-body). */
export function indexedWords(html: string): { language: string; words: string[] } | undefined {
  const $ = load(html);
  const body = $('[data-pagefind-body]');
  if (body.length === 0) return undefined;
  const meta = body.find('[data-pagefind-meta]').map((_, element) => {
    const [, attribute] = /\[([\w-]+)\]$/.exec($(element).attr('data-pagefind-meta') ?? '') ?? [];
    return attribute ? ($(element).attr(attribute) ?? '') : $(element).text();
  });
  body.find(['[data-pagefind-ignore]', ...NOT_INDEXED].join(',')).remove();
  // Words marked as another language's (a study's English title on a Spanish page) are indexed, but are no word to
  // mend this language's queries to, nor worth their bytes in every shard a query loads.
  const language = $('html').attr('lang') ?? 'unknown';
  const primary = (tag: string | undefined) => (tag ?? '').toLowerCase().split('-')[0];
  body
    .find('[lang]')
    .filter((_, element) => primary($(element).attr('lang')) !== primary(language))
    .remove();
  // Block elements end words: "<li>Bruising</li><li>Swelling</li>" must not read as "BruisingSwelling".
  body.find('p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, div, br').append(' ');
  const text = `${body.text()} ${[...meta].join(' ')}`;
  // Hyphenated words also count whole ("non-tuberculous" → "nontuberculous"), so a reader may type either.
  const hyphenated = (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []
  ).map((word) => word.replaceAll('-', ''));
  return { language, words: [...wordsOf(text), ...hyphenated] };
}

/**
 * One language's vocabulary from its pages' words: the words most pages use first, without forms within two letters of
 * a commoner form of the same stem ("bruises" beside "bruising": search finds the same pages for both, and a typo of
 * one is near the other), and the US spellings it can mend. `stemOf` is the language's stem as search compares it.
 */
export function vocabularyOf(pages: string[][], language: string, stemOf: (word: string) => string): VocabularyData {
  const pageCount = new Map<string, number>();
  for (const words of pages) for (const word of new Set(words)) pageCount.set(word, (pageCount.get(word) ?? 0) + 1);
  const all = [...pageCount.keys()].sort((a, b) => pageCount.get(b)! - pageCount.get(a)! || (a < b ? -1 : 1));
  const known = new Set(all);
  const kept = new Map<string, string>();
  const words = all.filter((word) => {
    const stem = stemOf(word);
    const form = kept.get(stem);
    if (form === undefined) kept.set(stem, word);
    // A form far from the one kept stays: a misspelling of it would be too far from the kept one to be mended.
    return form === undefined || editDistance(word, form, 2) === Infinity;
  });
  const spellings =
    language === 'en'
      ? Object.fromEntries(
          americanSpellings().filter(([american, british]) => known.has(british) && !known.has(american)),
        )
      : {};
  return { words, spellings };
}
