// What the query rules need to know about each language: its function words and its stemmer.
// Each language has its own vocabulary file too (built from its own index). A reader's browser loads only its page's
// language: the search script imports one of these (query-language-<lang>.ts) on first search, so English readers never
// download Spanish rules.
import type { Locale } from './locales';
import { withoutAccents } from './query-words.ts';

export interface QueryLanguage {
  /**
   * Words that carry little meaning in a search ("how", "is", "my"): never searched, unless a query has nothing else.
   * Written without accents, as search compares words (Pagefind matches "como" and "cómo" alike).
   */
  functionWords: ReadonlySet<string>;
  /** Reduces a word to the stem search matches on ("bruises" and "bruising" → "bruis"). */
  stem(word: string): string;
  /**
   * The regular American → British spelling changes ("-ize" → "-ise"), for a language whose index is written in British
   * English (English only): the search mends American spellings with them. Absent, none are mended.
   */
  britishSpellingChanges?: ReadonlyArray<readonly [RegExp, string]>;
  /**
   * A word's spelling by sound, where the language spells one sound several ways (Spanish b/v, s/z/c, ll/y, silent h):
   * a misspelt word that sounds like an index word is mended to it before any other close word.
   */
  soundKey?: (word: string) => string;
  /**
   * Everyday words and phrases patients type for what the pages say in other words ("gp" → "doctor", "how long until"
   * → "timeline"), as typed (lower case, no accents): a query's words are read through them first (everydayWords).
   */
  everydayWords: ReadonlyMap<string, string>;
}

/**
 * A language's rules as its own module writes them: the function words as one list, as typed; the everyday words as
 * "phrase = index words" pairs, one a line.
 */
export type LanguageRules = Omit<QueryLanguage, 'functionWords' | 'everydayWords'> & {
  functionWords: string;
  everydayWords?: string;
};

const prepared = ({ functionWords, everydayWords = '', ...rules }: LanguageRules): QueryLanguage => ({
  ...rules,
  functionWords: new Set(functionWords.trim().split(/\s+/).map(withoutAccents)),
  everydayWords: new Map(
    everydayWords
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split('=').map((side) => side.trim()) as [string, string]),
  ),
});

/** Whether a word is one of the language's function words, typed with or without accents ("cómo", "como"). */
export const isFunctionWord = (word: string, language: Pick<QueryLanguage, 'functionWords'>): boolean =>
  language.functionWords.has(withoutAccents(word));

/** Loads one language's query rules. The stemmers match Pagefind's: Porter for English, Snowball for Spanish. */
export const QUERY_LANGUAGES: Record<Locale, () => Promise<QueryLanguage>> = {
  en: async () => prepared((await import('./query-language-en.ts')).english),
  es: async () => prepared((await import('./query-language-es.ts')).spanish),
};
