// Words as search reads them, the same in the query rules, the build's vocabulary and the content lint.
import type { QueryLanguage } from './query-languages.ts';

/**
 * A word as Pagefind 1.6 matches it: without accents or other marks ("moratón" and "moraton" find the same pages; so
 * do "niño" and "nino"). Its search script strips the same marks from the query.
 */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The stem search matches on, compared without accents (Spanish stems keep or drop them by ending). */
export const bareStem = (word: string, language: QueryLanguage) => withoutAccents(language.stem(withoutAccents(word)));

/**
 * The words of a text as search sees them: lower case, apostrophes dropped ("can't" → "cant"), split at anything that is
 * not a letter or a digit. The build reads the index's text with the same function.
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The query's words with the language's everyday words and phrases in the words the pages use ("how long till it
 * works" → "timeline it works"), longer phrases first; other words as typed (wordsOf).
 */
export function everydayWords(query: string, language: QueryLanguage): string {
  const phrases = [...language.everydayWords].sort(([a], [b]) => b.split(' ').length - a.split(' ').length);
  let words = ` ${wordsOf(query).join(' ')} `;
  for (const [phrase, meaning] of phrases) words = words.replaceAll(` ${phrase} `, ` ${meaning} `);
  return words.trim();
}
