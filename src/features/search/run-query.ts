// A query through the rules, in the dialog and on /search/ alike. Pagefind needs every word and knows no typos, synonyms
// or US spellings, so the reader's words are mended against the index's own words (mend-query.ts) when the results do
// not show them, and relaxed when they find too little (relax-query.ts). The outcome says what each step changed, so
// the UI can say it honestly.
import { isFunctionWord, type QueryLanguage } from '../../language/query-languages.ts';
import { bareStem, withoutAccents, wordsOf } from '../../language/query-words.ts';
import { mergeAnyWord, relaxations } from './relax-query.ts';
import type { QueryRewrite } from './rewrite-query.ts';

/** Fewer results than this and the query is relaxed. */
const ENOUGH_RESULTS = 5;

/**
 * The words that carry the query's meaning: without function words ("how", "do", "the"), unless that leaves none.
 * Pagefind needs every word, so "what do they inject" would miss the page on what is injected, which has no "they".
 */
export function meaningful(words: string[], language: QueryLanguage): string[] {
  const kept = words.filter((word) => !isFunctionWord(word, language));
  return kept.length > 0 ? kept : words;
}

export interface QueryOutcome<R> {
  results: R[];
  /** The words every first result has: the mended query, without the words that match nothing. */
  searched: string;
  changes: QueryRewrite['changes'];
  /** Words left out because no page has them. */
  leftOut: string[];
  /** Set when too few pages had all the words, and pages with some of them follow. */
  loosened: boolean;
  /**
   * The one search whose results are exactly these (its filter counts are theirs), or undefined when they merge
   * several searches ("any word").
   */
  exactSearch?: string;
}

/** The mended query's results (`found`), followed by those of ever looser versions while they are too few. */
export async function relaxUntilEnough<R extends { id: string; score: number }>(
  rewrite: QueryRewrite,
  found: R[],
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  const searched = rewrite.words.join(' ');
  let outcome: QueryOutcome<R> = {
    results: found,
    searched,
    changes: rewrite.changes,
    leftOut: [],
    loosened: false,
    exactSearch: searched,
  };
  for (const step of relaxations(rewrite)) {
    if (step.kind !== 'unmatched' && outcome.results.length >= ENOUGH_RESULTS) break;
    const found =
      step.kind === 'anyWord'
        ? mergeAnyWord(await Promise.all(step.words.map(search)))
        : await search(step.words.join(' '));
    // Pages with more of the words keep their places; looser matches follow. Only unmatched words are dropped outright.
    const shown = new Set(outcome.results.map((result) => result.id));
    const results =
      step.kind === 'unmatched' ? found : [...outcome.results, ...found.filter((result) => !shown.has(result.id))];
    if (step.kind !== 'unmatched' && results.length === outcome.results.length) continue;
    const words = step.words.join(' ');
    // Fewer words find every page more words find, so after dropping words the last search holds all the results.
    const exactSearch = step.kind === 'anyWord' ? undefined : words;
    outcome =
      step.kind === 'unmatched'
        ? { ...outcome, results, searched: words, leftOut: rewrite.unmatched, exactSearch }
        : { ...outcome, results, loosened: true, exactSearch };
  }
  return outcome;
}

/**
 * Whether some pages' text shows that the index knows every one of these words as the reader typed it: the word
 * itself, another form of it (its stem), or a longer word it starts, as isKnown would find in the vocabulary (which
 * is built from the same text). Accents are not counted.
 */
export function knownFromText(words: string[], texts: string[], language: QueryLanguage): boolean {
  const seen = new Set(texts.flatMap((text) => wordsOf(text)).map(withoutAccents));
  const stems = new Set([...seen].map((word) => bareStem(word, language)));
  return words
    .map(withoutAccents)
    .every(
      (word) =>
        seen.has(word) ||
        stems.has(bareStem(word, language)) ||
        (word.length >= 3 && [...seen].some((other) => other.startsWith(word))),
    );
}

/**
 * The first try, before the vocabulary is downloaded (it is the largest part of the query rules): the words as typed,
 * without function words. When they find a page whose text shows every word (`textsOf`: Pagefind's fragment of the
 * first result, which the results need anyway), the index knows each of them, so the rules would mend nothing: this is
 * runQuery's outcome with a vocabulary too, relaxed the same way when the pages are few. Otherwise undefined: a word
 * may be misspelt or unknown, so run runQuery with the vocabulary.
 */
export async function runTypedQuery<R extends { id: string; score: number }>(
  query: string,
  language: QueryLanguage,
  search: (words: string) => Promise<R[]>,
  textsOf: (results: R[]) => Promise<string[]>,
): Promise<QueryOutcome<R> | undefined> {
  const words = meaningful(wordsOf(query), language);
  if (words.length === 0) return undefined;
  const results = await search(words.join(' '));
  if (results.length === 0) return undefined;
  // Pagefind leaves out a word that matches nothing: a word no page has alone is unknown, seen without loading a
  // text (each word's index chunk is loaded already).
  if (words.length > 1 && (await Promise.all(words.map(search))).some((found) => found.length === 0)) return undefined;
  if (!knownFromText(words, await textsOf(results), language)) return undefined;
  return relaxUntilEnough({ words, changes: [], unmatched: [] }, results, search);
}

/** The words exactly as typed, function words and all: "Search instead for …". */
export async function runAsTyped<R>(query: string, search: (words: string) => Promise<R[]>): Promise<QueryOutcome<R>> {
  return {
    results: await search(query),
    searched: query.trim(),
    changes: [],
    leftOut: [],
    loosened: false,
    exactSearch: query,
  };
}
