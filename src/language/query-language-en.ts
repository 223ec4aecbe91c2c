// English query rules (query-languages.ts): loaded only on English pages, with the stemmer Pagefind uses (Porter).
import { stemmer } from 'stemmer';
import type { LanguageRules } from './query-languages.ts';

// Negations ("not", "can't", "no") are not on the list: "who can't have it" means something else without them.
// Fillers of spoken questions are ("going bald", "something goes wrong"), as "algo" is in Spanish.
const ENGLISH_FUNCTION_WORDS = `a about after again all am an and any anything are as at be been before being both
  but by can could did do does doing for from get go goes going gone got had has have having he her here how i if in
  into is it its just many me more most much my need now of off on once only or other our out over she should so some something such
  than that the their them then there these they this those through til till to too under until up very was we were
  what when where which while who why will with would you your`;

// Everyday words for what the pages say otherwise: a question about time ("how long till…", "how soon": the pages
// about time, the results' and the course's, share the searchTerm "timeline"), a doctor as patients call one,
// medicine that "kicks in".
const ENGLISH_EVERYDAY_WORDS = `
  how long until = timeline
  how long till = timeline
  how long til = timeline
  how long before = timeline
  how long does it take = timeline
  how soon = timeline
  kick in = results
  kicks in = results
  gp = doctor
  gps = doctors
  doc = doctor
  docs = doctors`;

// The index is written in British English; readers often type American spellings. Tried when the word list (built
// from the index) has no entry: the index decides whether the changed word exists.
const BRITISH_SPELLING_CHANGES: Array<[RegExp, string]> = [
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

export const english: LanguageRules = {
  functionWords: ENGLISH_FUNCTION_WORDS,
  everydayWords: ENGLISH_EVERYDAY_WORDS,
  stem: stemmer,
  britishSpellingChanges: BRITISH_SPELLING_CHANGES,
};
