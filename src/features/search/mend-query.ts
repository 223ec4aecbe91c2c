// The reader's words mended against the index's own words (rewrite-query.ts), then run through the rules: for a query
// whose words the results do not show (see runTypedQuery), with only the vocabulary's shards it needs.
import type { QueryLanguage } from '../../language/query-languages.ts';
import { withoutAccents, wordsOf } from '../../language/query-words.ts';
import type { Vocabulary } from './query-vocabulary.ts';
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
 * The vocabulary to mend a query with: the shards its meaningful words are filed under (`vocabularyOf`, see
 * vocabularyShard). Function words are never searched, so their shards are not loaded: a function word joined to the
 * index word after it ("after care": "aftercare") is filed under that word's shard too (shardVocabulary). A word they
 * cannot mend may be two words typed as one ("hairloss"): then the shards its second part may start in, after a first
 * part the index has.
 */
export async function vocabularyFor(
  query: string,
  language: QueryLanguage,
  vocabularyOf: (words: readonly string[]) => Promise<Vocabulary | undefined>,
): Promise<Vocabulary | undefined> {
  const searched = meaningful(wordsOf(query), language);
  const shards = await vocabularyOf(searched);
  if (!shards) return undefined;
  const { unmatched } = withoutFunctionWords(rewriteQuery(query, shards), language);
  if (unmatched.length === 0) return shards;
  // The second parts splitCompound may try: at least three letters each, after a first part that is an index word (in
  // the shard already loaded, since it starts the word).
  const parts = unmatched.flatMap((word) =>
    [...word]
      .slice(3, -2)
      .map((_, at) => at + 3)
      .filter((at) => shards.rank.has(withoutAccents(word.slice(0, at))))
      .map((at) => word.slice(at)),
  );
  return (await vocabularyOf([...searched, ...parts])) ?? shards;
}

/** The query mended with the vocabulary's shards it needs, then run through the rules; as typed if they cannot load. */
export async function runMended<R extends { id: string; score: number }>(
  query: string,
  language: QueryLanguage,
  vocabularyOf: (words: readonly string[]) => Promise<Vocabulary | undefined>,
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  const vocabulary = await vocabularyFor(query, language, vocabularyOf);
  return vocabulary ? runQuery(query, vocabulary, search) : runAsTyped(query, search);
}
