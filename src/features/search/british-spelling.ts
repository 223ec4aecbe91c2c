// British spellings: the English index is written in British English, readers often type American spellings.
import type { Vocabulary } from './query-vocabulary.ts';
import { bareStem } from '../../language/query-words.ts';

/**
 * The British spelling of an American word the index has, from the word list or by the language's regular changes
 * (britishSpellingChanges): only in a language whose index is British English (never for Spanish: "color" is a
 * Spanish word).
 */
export function britishSpelling(word: string, vocabulary: Vocabulary): string | undefined {
  const changes = vocabulary.language.britishSpellingChanges;
  if (!changes) return undefined;
  const listed = vocabulary.spellings[word];
  if (listed) return listed;
  const candidates = new Set<string>();
  for (const [pattern, replacement] of changes) {
    if (!pattern.test(word)) continue;
    const once = word.replace(pattern, replacement);
    candidates.add(once);
    // Some words need two changes ("anesthetized" → "anaesthetised").
    for (const [second, secondReplacement] of changes)
      if (second !== pattern) candidates.add(once.replace(second, secondReplacement));
  }
  // By stem: the vocabulary keeps one form of each word ("randomised" may be there as "randomise").
  return [...candidates].find(
    (candidate) => candidate !== word && vocabulary.stems.has(bareStem(candidate, vocabulary.language)),
  );
}
