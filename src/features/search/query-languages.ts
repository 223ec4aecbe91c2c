// What the query rules need to know about each language: its function words and its stemmer.
// Each language has its own vocabulary file too (built from its own index); adding Spanish means adding 'es' here.
import { stemmer } from 'stemmer';
import type { Locale } from '../../site/locales';

export interface QueryLanguage {
  /** Words that carry little meaning in a search ("how", "is", "my"): dropped second when a query finds too little. */
  functionWords: ReadonlySet<string>;
  /** Reduces a word to the stem search matches on ("bruises" and "bruising" → "bruis"). */
  stem(word: string): string;
}

// Negations ("not", "can't") are not on the list: "who can't have it" means something else without them.
const ENGLISH_FUNCTION_WORDS = `a about after again all am an and any are as at be been before being both but by can could
  did do does doing for from get got had has have having he her here how i if in into is it its just me more most my
  now of off on once only or other our out over she should so some such than that the their them then there these
  they this those through til till to too under until up very was we were what when where which while who why will with
  would you your`;

export const QUERY_LANGUAGES: Record<Locale, QueryLanguage> = {
  en: { functionWords: new Set(ENGLISH_FUNCTION_WORDS.split(/\s+/)), stem: stemmer },
};
