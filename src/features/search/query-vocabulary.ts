// The index's own words, as the query rules look them up: the vocabulary file the build writes, prepared once.
import type { QueryLanguage } from '../../language/query-languages.ts';
import { bareStem, withoutAccents } from '../../language/query-words.ts';

/** The vocabulary file the build writes next to the index (pagefind/vocabulary/<lang>.json). */
export interface VocabularyData {
  /** Every word of the language's index, the most widely used first. */
  words: string[];
  /** American spellings whose British spelling is in `words`: { anesthetic: 'anaesthetic' }. */
  spellings: Record<string, string>;
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
