/**
 * The words of the note on a translated page: how it was translated and checked, the date of the English version it
 * follows, and a warning when the English page has been reviewed since. Every language but English has them.
 */
export interface TranslationNoteWords {
  heading: string;
  /** {date}: the English version's review date the translation follows. */
  translatedFrom: string;
  /** Who translated and checked it, in one sentence: the About page's section tells how, in full. */
  howChecked: string;
  /** The words of the link to that section. */
  howWeTranslate: string;
  /** That section's id on the About page (the id of its heading). */
  aboutSection: string;
  /** Until a clinician has reviewed the translation: that none has. */
  notReviewed: string;
  /** Once one has: {name}, {qualification} and {date} of their review. */
  reviewedBy: string;
  /** The one line an embed shows, with no room for the full note: how it was made, and that no clinician has reviewed it. */
  compact: string;
  /** The embed's line once a clinician has reviewed it: {name}, {qualification}, {date}. */
  compactReviewed: string;
  /** {date}: the English page's latest review, later than the translation. */
  originalUpdated: string;
  readOriginal: string;
}
