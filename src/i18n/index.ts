import { LOCALE_REGIONS, type Locale, type TranslatedLocale } from '../language/locales';
import { en, type UiStrings } from './en';
import { es, esTranslationNote } from './es';
import type { TranslationNoteWords } from './translation-note';

/** One dictionary per language; a new language must provide every key of UiStrings. */
const dictionaries: Record<Locale, UiStrings> = { en, es };

export function ui(locale: Locale): UiStrings {
  return dictionaries[locale];
}

const translationNotes: Record<TranslatedLocale, TranslationNoteWords> = { es: esTranslationNote };

/** The words of the note on translated pages; English pages are the originals and have none. */
export function translationNoteWords(locale: TranslatedLocale): TranslationNoteWords {
  return translationNotes[locale];
}

export function formatDate(locale: Locale, date: Date): string {
  const t = ui(locale);
  // Dates are written for the language's region (en-GB: 25 November 2026).
  return new Intl.DateTimeFormat(LOCALE_REGIONS[locale], { ...t.dateFormat, timeZone: 'UTC' }).format(date);
}
