/**
 * The words of the note on a translated page: how it was translated and checked, the date of the English version it
 * follows, and a warning when the English page has been reviewed since. Every language but English has them.
 */
export interface TranslationNoteWords {
  heading: string;
  /** {date}: the English version's review date the translation follows. */
  translatedFrom: string;
  howChecked: string;
  /** {date}: the English page's latest review, later than the translation. */
  originalUpdated: string;
  readOriginal: string;
}
