// What the query rules need to know about each language: its function words and its stemmer.
// Each language has its own vocabulary file too (built from its own index). A reader's browser loads only its page's
// language: the search script imports one of these on first search, so English readers never download Spanish rules.
import type { Locale } from './locales';
import { withoutAccents } from './query-words.ts';
import { spanishSoundKey } from './spanish-sounds.ts';

export interface QueryLanguage {
  /**
   * Words that carry little meaning in a search ("how", "is", "my"): dropped second when a query finds too little.
   * Written without accents, as search compares words (Pagefind matches "como" and "cómo" alike).
   */
  functionWords: ReadonlySet<string>;
  /** Reduces a word to the stem search matches on ("bruises" and "bruising" → "bruis"). */
  stem(word: string): string;
  /** Whether American spellings are mended to British ones: only the English index is written in British English. */
  britishSpellings: boolean;
  /**
   * A word's spelling by sound, where the language spells one sound several ways (Spanish b/v, s/z/c, ll/y, silent h):
   * a misspelt word that sounds like an index word is mended to it before any other close word.
   */
  soundKey?: (word: string) => string;
}

const words = (list: string) => new Set(list.trim().split(/\s+/).map(withoutAccents));

// Negations ("not", "can't", "no", "sin") are not on the lists: "who can't have it" means something else without them.
const ENGLISH_FUNCTION_WORDS = `a about after again all am an and any are as at be been before being both but by can could
  did do does doing for from get got had has have having he her here how i if in into is it its just me more most my
  now of off on once only or other our out over she should so some such than that the their them then there these
  they this those through til till to too under until up very was we were what when where which while who why will with
  would you your`;

// Articles, prepositions, pronouns and the commonest verbs of questions, as patients type them (accents or not).
const SPANISH_FUNCTION_WORDS = `a al algo algun alguna algunas alguno algunos ante antes como con cual cuales cuando cuanto
  cuanta cuantos cuantas de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta
  estas estoy este esto estos fue ha han has hay he hace hacer hacen la las le les lo los me mi mis mucho muy nos o para
  pero poco por porque puede pueden puedo que quien se ser si sobre son soy su sus tan te tengo tiene tienen tras tu un
  una unas uno unos usted voy y ya yo`;

/** Loads one language's query rules. The stemmers match Pagefind's: Porter for English, Snowball for Spanish. */
export const QUERY_LANGUAGES: Record<Locale, () => Promise<QueryLanguage>> = {
  en: async () => ({
    functionWords: words(ENGLISH_FUNCTION_WORDS),
    stem: (await import('stemmer')).stemmer,
    britishSpellings: true,
  }),
  es: async () => ({
    functionWords: words(SPANISH_FUNCTION_WORDS),
    stem: (await import('@orama/stemmers/spanish')).stemmer,
    britishSpellings: false,
    soundKey: spanishSoundKey,
  }),
};
