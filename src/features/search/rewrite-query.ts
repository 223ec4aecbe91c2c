// Rewriting: the reader's words mended against the index, word by word, with a record of what changed.
import { britishSpelling } from './british-spelling.ts';
import { splitCompound } from './compound-words.ts';
import { closestWord } from './spelling-correction.ts';
import { isKnown, type Vocabulary } from './query-vocabulary.ts';
import { isFunctionWord } from '../../language/query-languages.ts';
import { bareStem, wordsOf } from '../../language/query-words.ts';

export type RewriteRule = 'british' | 'join' | 'split' | 'spelling';

export interface QueryRewrite {
  /** The words to search for. */
  words: string[];
  /** What changed, in reading order, so the UI can say so. */
  changes: Array<{ from: string; to: string; rule: RewriteRule }>;
  /** Words that match nothing in the index and could not be mended. */
  unmatched: string[];
}

/**
 * Whether two typed words are one index word. Only when one of them means nothing alone: the index lacks it, or it is a
 * function word, never searched ("off label": "offlabel"; "skin care" stays: both are words). A function word joins
 * only an index word: a query loads no shard for its function words (vocabularyFor), and the index words a function
 * word starts are filed under the second word's shard only when that is an index word too (shardVocabulary). And the
 * joined word must be another word, not a form of the first that the stemmer reads in it ("mejor o" is not "mejoro",
 * nor "mesoterapia es" "mesoterapiaes": the stems are "mejor" and "mesoterapi" alike).
 */
function joins(word: string, next: string, vocabulary: Vocabulary): boolean {
  const { language } = vocabulary;
  const stem = bareStem(word + next, language);
  const meansNothing = (other: string) => !isKnown(other, vocabulary) || isFunctionWord(other, language);
  return (
    vocabulary.stems.has(stem) &&
    stem !== bareStem(word, language) &&
    (meansNothing(word) || meansNothing(next)) &&
    !(isFunctionWord(word, language) && !isFunctionWord(next, language) && !isKnown(next, vocabulary))
  );
}

/**
 * Mends the reader's words against the index: words the index knows stay as they are (two of them become one when the
 * index has them as one word); American spellings become British; a word typed for two is split; a misspelling becomes
 * the closest index word. Anything else is kept but reported as unmatched.
 */
export function rewriteQuery(query: string, vocabulary: Vocabulary): QueryRewrite {
  const typed = wordsOf(query);
  const rewrite: QueryRewrite = { words: [], changes: [], unmatched: [] };
  for (let index = 0; index < typed.length; index += 1) {
    const word = typed[index]!;
    const next = typed[index + 1];
    const known = isKnown(word, vocabulary);
    if (next !== undefined && joins(word, next, vocabulary)) {
      rewrite.words.push(word + next);
      rewrite.changes.push({ from: `${word} ${next}`, to: word + next, rule: 'join' });
      index += 1;
      continue;
    }
    // Known words stay; so do function words the index lacks ("til"): relaxing the query may drop them later.
    if (known || isFunctionWord(word, vocabulary.language)) {
      rewrite.words.push(word);
      if (!known) rewrite.unmatched.push(word);
      continue;
    }
    const british = britishSpelling(word, vocabulary);
    const split = british ? undefined : splitCompound(word, vocabulary);
    const closest = british || split ? undefined : closestWord(word, vocabulary);
    const mended = british ?? split?.join(' ') ?? closest;
    if (mended === undefined) {
      rewrite.words.push(word);
      rewrite.unmatched.push(word);
      continue;
    }
    rewrite.words.push(...mended.split(' '));
    rewrite.changes.push({ from: word, to: mended, rule: british ? 'british' : split ? 'split' : 'spelling' });
  }
  return rewrite;
}
