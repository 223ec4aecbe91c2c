// What a test needs to check a built page in its own language: which language an address is in, the same page in
// the other languages, and the words the page must show, read from where the site reads them (the dictionary in
// src/i18n/ and the safety notes in content/), so no test restates a language's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ui } from '../../src/i18n';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_REGIONS,
  LOCALES,
  type Locale,
  localePath,
  pageInEveryLanguage,
} from '../../src/language/locales';

export { DEFAULT_LOCALE, LOCALE_REGIONS, LOCALES, type Locale, localePath, ui };

/** The language of a built page, from its address: "/es/faqs/" → "es", "/faqs/" → "en". */
export function localeOf(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

export { withoutLocale } from './page-paths.ts';

/** The same page in every language: "/faqs/" → { en: "/faqs/", es: "/es/faqs/" }. */
export const inEveryLanguage = (path: string): Record<Locale, string> => pageInEveryLanguage(path);

/** A language other than English, the original, and the list of them: as src/language/locales.ts defines them. */
export {
  isTranslatedLocale as isTranslation,
  TRANSLATED_LOCALES as TRANSLATIONS,
  type TranslatedLocale as Translation,
} from '../../src/language/locales';

export interface SafetyNotes {
  notMedicalAdvice: { title: string; paragraphs: string[] };
}

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const notes = new Map<Locale, SafetyNotes>();

/** The wording of content/safety-notes/<locale>/not-medical-advice.yaml, the note under every page. */
export function safetyNotes(locale: Locale): SafetyNotes {
  if (!notes.has(locale)) {
    const read = (name: string) => parse(readFileSync(join(CONTENT, 'safety-notes', locale, `${name}.yaml`), 'utf8'));
    notes.set(locale, { notMedicalAdvice: read('not-medical-advice') });
  }
  return notes.get(locale)!;
}
