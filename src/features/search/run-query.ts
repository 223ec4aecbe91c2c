// A query through the rules, in the dialog and on /search/ alike. Pagefind needs every word and knows no typos, synonyms
// or US spellings, so the reader's words are mended against the index's own words (rewrite-query.ts) and, when they
// find too little, relaxed (relax-query.ts). The outcome says what each step changed, so the UI can say it honestly.
import type { QueryLanguage } from '../../language/query-languages.ts';
import type { Vocabulary } from './query-vocabulary.ts';
import { bareStem, withoutAccents, wordsOf } from '../../language/query-words.ts';
import { mergeAnyWord, relaxations } from './relax-query.ts';
import { type QueryRewrite, rewriteQuery } from './rewrite-query.ts';

/** Fewer results than this and the query is relaxed. */
const ENOUGH_RESULTS = 5;

/**
 * The words that carry the query's meaning: without function words ("how", "do", "the"), unless that leaves none.
 * Pagefind needs every word, so "what do they inject" would miss the page on what is injected, which has no "they".
 */
function meaningful(words: string[], language: QueryLanguage): string[] {
  const kept = words.filter((word) => !language.functionWords.has(withoutAccents(word)));
  return kept.length > 0 ? kept : words;
}

function withoutFunctionWords(rewrite: QueryRewrite, language: QueryLanguage): QueryRewrite {
  const words = meaningful(rewrite.words, language);
  return { ...rewrite, words, unmatched: rewrite.unmatched.filter((word) => words.includes(word)) };
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

/**
 * Runs a query through the rules: the mended query first, as a whole (title matches need every word); then, only
 * while it finds fewer than ENOUGH_RESULTS, ever looser versions. Words that match nothing are always left out,
 * since Pagefind would search for a few letters of them instead. Without a vocabulary it searches the words as typed.
 */
export async function runQuery<R extends { id: string; score: number }>(
  query: string,
  vocabulary: Vocabulary | undefined,
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  if (!vocabulary)
    return {
      results: await search(query),
      searched: query.trim(),
      changes: [],
      leftOut: [],
      loosened: false,
      exactSearch: query,
    };
  const rewrite = withoutFunctionWords(rewriteQuery(query, vocabulary), vocabulary.language);
  if (rewrite.words.length === 0 || rewrite.words.every((word) => rewrite.unmatched.includes(word))) {
    return { results: [], searched: query.trim(), changes: rewrite.changes, leftOut: [], loosened: false };
  }
  const searched = rewrite.words.join(' ');
  let outcome: QueryOutcome<R> = {
    results: await search(searched),
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
 * without function words. When they find enough pages and the text of the first of them shows every word (`textsOf`:
 * Pagefind's fragment, which the results need anyway), the rules would change nothing, so this is runQuery's outcome
 * with a vocabulary too. Otherwise undefined: a word may be misspelt or unknown, so run runQuery with the vocabulary.
 */
export async function runTypedQuery<R extends { id: string; score: number }>(
  query: string,
  language: QueryLanguage,
  search: (words: string) => Promise<R[]>,
  textsOf: (results: R[]) => Promise<string[]>,
): Promise<QueryOutcome<R> | undefined> {
  const words = meaningful(wordsOf(query), language);
  if (words.length === 0) return undefined;
  const searched = words.join(' ');
  const results = await search(searched);
  if (results.length < ENOUGH_RESULTS || !knownFromText(words, await textsOf(results), language)) return undefined;
  return { results, searched, changes: [], leftOut: [], loosened: false, exactSearch: searched };
}
