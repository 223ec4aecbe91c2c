// British spellings: the English index is written in British English, readers often type American spellings.
import type { Vocabulary } from './query-vocabulary.ts';
import { bareStem } from '../../language/query-words.ts';

/** Regular American → British spelling changes, tried when the word list has no entry: the index decides. */
const BRITISH_RULES: Array<[RegExp, string]> = [
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/or(s?)$/, 'our$1'],
  [/([^aeiou])er(s?)$/, '$1re$2'],
  [/ense(s?)$/, 'ence$1'],
  [/^(an|hem|leuk|pedi|orthop|enc)e/, '$1ae'],
  [/^e(st|d|soph)/, 'oe$1'],
  [/([aeiou])l(ed|ing|er)$/, '$1ll$2'],
  [/og$/, 'ogue'],
];

/**
 * The British spelling of an American word the index has, from the word list or by the regular changes; only in a
 * language whose index is British English (never for Spanish: "color" is a Spanish word).
 */
export function britishSpelling(word: string, vocabulary: Vocabulary): string | undefined {
  if (!vocabulary.language.britishSpellings) return undefined;
  const listed = vocabulary.spellings[word];
  if (listed) return listed;
  const candidates = new Set<string>();
  for (const [pattern, replacement] of BRITISH_RULES) {
    if (!pattern.test(word)) continue;
    const once = word.replace(pattern, replacement);
    candidates.add(once);
    // Some words need two changes ("anesthetized" → "anaesthetised").
    for (const [second, secondReplacement] of BRITISH_RULES)
      if (second !== pattern) candidates.add(once.replace(second, secondReplacement));
  }
  // By stem: the vocabulary keeps one form of each word ("randomised" may be there as "randomise").
  return [...candidates].find(
    (candidate) => candidate !== word && vocabulary.stems.has(bareStem(candidate, vocabulary.language)),
  );
}
