// The reader's words mended against the index's own words (rewrite-query.ts), then run through the rules: for a query
// whose words the results do not show (see runTypedQuery), with only the vocabulary's shards it needs.
import { isFunctionWord, type QueryLanguage } from '../../language/query-languages.ts';
import { withoutAccents, wordsOf } from '../../language/query-words.ts';
import { twoWordSplits } from './compound-words.ts';
import { isKnown, type ShardLetters, type Vocabulary, vocabularyShard } from './query-vocabulary.ts';
import { type QueryRewrite, rewriteQuery } from './rewrite-query.ts';
import { meaningful, type QueryOutcome, relaxUntilEnough, runAsTyped } from './run-query.ts';

function withoutFunctionWords(rewrite: QueryRewrite, language: QueryLanguage): QueryRewrite {
  const words = meaningful(rewrite.words, language);
  return { ...rewrite, words, unmatched: rewrite.unmatched.filter((word) => words.includes(word)) };
}

/**
 * Runs a query through the rules: the mended query first, as a whole (title matches need every word); then, only
 * while it finds too few pages, ever looser versions. Words that match nothing are always left out, since Pagefind
 * would search for a few letters of them instead.
 */
export async function runQuery<R extends { id: string; score: number }>(
  query: string,
  vocabulary: Vocabulary,
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  const rewrite = withoutFunctionWords(rewriteQuery(query, vocabulary), vocabulary.language);
  if (rewrite.words.length === 0 || rewrite.words.every((word) => rewrite.unmatched.includes(word))) {
    return { results: [], searched: query.trim(), changes: rewrite.changes, leftOut: [], loosened: false };
  }
  const searched = rewrite.words.join(' ');
  return relaxUntilEnough(rewrite, await search(searched), search);
}

/**
 * The vocabulary to mend a query with, in as few bytes as it takes (`vocabularyOf` loads shards, see vocabularyShard).
 * First, for each meaningful word, the small two-letter shard that tells whether the index knows it; or at once the
 * one-letter shard that can mend it, when the word is likely unknown: the query's only word (the results did not show
 * it), or a word no page has alone. Then, only if needed, the one-letter shards of the words the two-letter ones do not
 * know, and the two-letter shards a word typed for two ("hairloss") may have its second part in, after a first part
 * the index has. Function words are never searched, so their shards are not loaded: a function word joined to the
 * index word after it ("after care": "aftercare") is filed under that word's shards too (shardVocabulary).
 */
export async function vocabularyFor<R>(
  query: string,
  language: QueryLanguage,
  vocabularyOf: (shards: readonly string[]) => Promise<Vocabulary | undefined>,
  search: (words: string) => Promise<R[]>,
): Promise<Vocabulary | undefined> {
  const searched = meaningful(wordsOf(query), language);
  const shard = (word: string, letters: ShardLetters) => vocabularyShard(word, language, letters);
  const likelyUnknown = new Set(
    searched.length === 1
      ? searched
      : (await Promise.all(searched.map(async (word) => ((await search(word)).length > 0 ? [] : [word])))).flat(),
  );
  const first = searched.map((word) => shard(word, likelyUnknown.has(word) ? 1 : 2));
  const shards = await vocabularyOf(first);
  if (!shards) return undefined;
  // Words a two-letter shard does not know (a one-letter shard could mend them already).
  const toMend = searched.filter(
    (word, at) => first[at]!.length === 2 && !isFunctionWord(word, language) && !isKnown(word, shards),
  );
  const { unmatched } = withoutFunctionWords(rewriteQuery(query, shards), language);
  // The second parts splitCompound may try: those after a first part that is an index word (in the shard already
  // loaded, since it starts the word).
  const parts = [...new Set([...toMend, ...unmatched])].flatMap((word) =>
    twoWordSplits(word)
      .filter(([first]) => shards.rank.has(withoutAccents(first)))
      .map(([, second]) => second),
  );
  const more = [...toMend.map((word) => shard(word, 1)), ...parts.map((part) => shard(part, 2))];
  if (more.length === 0) return shards;
  return (await vocabularyOf([...first, ...more])) ?? shards;
}

/** The query mended with the vocabulary's shards it needs, then run through the rules; as typed if they cannot load. */
export async function runMended<R extends { id: string; score: number }>(
  query: string,
  language: QueryLanguage,
  vocabularyOf: (shards: readonly string[]) => Promise<Vocabulary | undefined>,
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  const vocabulary = await vocabularyFor(query, language, vocabularyOf, search);
  return vocabulary ? runQuery(query, vocabulary, search) : runAsTyped(query, search);
}
