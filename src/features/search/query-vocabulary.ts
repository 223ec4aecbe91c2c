// The index's own words, as the query rules look them up: the vocabulary file the build writes, prepared once.
import type { QueryLanguage } from '../../language/query-languages.ts';
import { bareStem, withoutAccents } from '../../language/query-words.ts';

/** A language's vocabulary as the build collects it (its file next to the index is a VocabularyFile). */
export interface VocabularyData {
  /** Every word of the language's index, the most widely used first. */
  words: string[];
  /** American spellings whose British spelling is in `words`: { anesthetic: 'anaesthetic' }. */
  spellings: Record<string, string>;
}

/**
 * The vocabulary as its file carries it: the words in one string, each after the first starting with a capital letter
 * when it shares two or more first letters with the word before ("C" two, "D" three…): "bruise Ds" is "bruise
 * bruises". Index words are lower case (wordsOf), so a capital is never part of a word. A sixth smaller gzipped.
 */
export interface VocabularyFile {
  words: string;
  spellings: Record<string, string>;
}

const SHARED = 'A'.charCodeAt(0);
const MAX_SHARED = 25;

export function packWords(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < Math.min(word.length, previous.length, MAX_SHARED) && word[shared] === previous[shared])
        shared += 1;
      previous = word;
      return shared >= 2 ? String.fromCharCode(SHARED + shared) + word.slice(shared) : word;
    })
    .join(' ');
}

export function unpackWords(packed: string): string[] {
  let previous = '';
  return packed
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const code = token.charCodeAt(0) - SHARED;
      previous = code >= 2 && code <= MAX_SHARED ? previous.slice(0, code) + token.slice(1) : token;
      return previous;
    });
}

export interface Vocabulary {
  readonly words: readonly string[];
  /** `words` without accents, as search compares them (see withoutAccents). */
  readonly bare: readonly string[];
  /** Position in `words` of each bare word's commonest spelling: lower is more common. */
  readonly rank: ReadonlyMap<string, number>;
  /** Stems of the bare words. */
  readonly stems: ReadonlySet<string>;
  /** The bare words in code-point order, to find completions of a word the reader is still typing. */
  readonly sorted: readonly string[];
  readonly spellings: Readonly<Record<string, string>>;
  readonly language: QueryLanguage;
}

/**
 * How many of a word's first letters name its shard: two to tell that the index knows a word (a small file: the words
 * spelt with the same two letters first), one to mend it (every word starting with the same sound: a typo past the
 * first letter stays in it, and in Spanish so does a word spelt as it sounds).
 */
export type ShardLetters = 1 | 2;

/**
 * The shard of the vocabulary a word is looked up in. By one letter: its first letter as it sounds (Spanish "hinchazón"
 * and "inchason" share one); a word's other forms, the words it starts and most words a typo away share it. By two:
 * its first two letters as spelt (whether the index knows a word is a matter of spelling, see isKnown), or its
 * one-letter shard when they are not two letters a to z ("2023", "a").
 */
export function vocabularyShard(
  word: string,
  language: Pick<QueryLanguage, 'soundKey'>,
  letters: ShardLetters = 1,
): string {
  const bare = withoutAccents(word.toLowerCase());
  if (letters === 2 && /^[a-z]{2}/.test(bare)) return bare.slice(0, 2);
  const first = (language.soundKey?.(bare) ?? bare)[0] ?? '';
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/**
 * A vocabulary cut into shards (vocabularyShard, by one or two letters), each with the words and American spellings
 * filed under it. A query loads no shard for its function words (see vocabularyFor), so a word that is a function word
 * followed by an index word ("aftercare", "offlabel") is filed under that second word's shard too: "after care" still
 * becomes "aftercare".
 */
export function shardVocabulary(
  data: VocabularyData,
  language: QueryLanguage,
  letters: ShardLetters = 1,
): Map<string, VocabularyData> {
  const shards = new Map<string, VocabularyData>();
  const shardOf = (word: string) => {
    const key = vocabularyShard(word, language, letters);
    if (!shards.has(key)) shards.set(key, { words: [], spellings: {} });
    return shards.get(key)!;
  };
  const whole = prepareVocabulary(data, language);
  const functionWords = [...language.functionWords];
  for (const word of data.words) {
    const shard = shardOf(word);
    shard.words.push(word);
    const bare = withoutAccents(word);
    const secondWords = functionWords
      .filter((functionWord) => bare.startsWith(functionWord))
      .map((functionWord) => bare.slice(functionWord.length))
      .filter((rest) => rest.length >= 3 && isKnown(rest, whole));
    for (const other of new Set(secondWords.map(shardOf))) if (other !== shard) other.words.push(word);
  }
  for (const [american, british] of Object.entries(data.spellings)) shardOf(american).spellings[american] = british;
  // By two letters, a word that is filed by one ("a", "2023") is only in its one-letter shard, which holds more.
  return new Map([...shards].filter(([key]) => key.length === letters));
}

export function prepareVocabulary(data: VocabularyData, language: QueryLanguage): Vocabulary {
  const words = data.words;
  const bare = words.map(withoutAccents);
  const rank = new Map<string, number>();
  // The commonest spelling of a bare word keeps its place.
  for (const [index, word] of bare.entries()) if (!rank.has(word)) rank.set(word, index);
  return {
    words,
    bare,
    rank,
    stems: new Set(bare.map((word) => bareStem(word, language))),
    sorted: [...rank.keys()].sort(),
    spellings: data.spellings,
    language,
  };
}

/** A word is found by the index itself, by its stem ("bruises") or as the start of an indexed word (typing "brui"). */
export function isKnown(typed: string, vocabulary: Vocabulary): boolean {
  const word = withoutAccents(typed);
  if (vocabulary.rank.has(word) || vocabulary.stems.has(bareStem(word, vocabulary.language))) return true;
  if (word.length < 3) return false;
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.startsWith(word) ?? false;
}
