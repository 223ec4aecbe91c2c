// English query rules (query-languages.ts): loaded only on English pages, with the stemmer Pagefind uses (Porter).
import { stemmer } from 'stemmer';
import type { LanguageRules } from './query-languages.ts';

// Negations ("not", "can't", "no") are not on the list: "who can't have it" means something else without them.
// Fillers of spoken questions are ("going bald", "something goes wrong"), as "algo" is in Spanish.
const ENGLISH_FUNCTION_WORDS = `a about after again all am an and any anything are as at be been before being both
  but by can could did do does doing for from get goes going gone got had has have having he her here how i if in
  into is it its just me more most my now of off on once only or other our out over she should so some something such
  than that the their them then there these they this those through til till to too under until up very was we were
  what when where which while who why will with would you your`;

export const english: LanguageRules = {
  functionWords: ENGLISH_FUNCTION_WORDS,
  stem: stemmer,
  britishSpellings: true,
};
