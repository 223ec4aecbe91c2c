import { COLLECTIONS } from '../../collections/registry.ts';
import { isoDay } from '../../site/dates.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../language/locales.ts';
import type { ContentFile } from '../../collections/content-files.ts';
import { asDate, type LintRule, type LintRun, lineOf, report } from './rule.ts';

/** Every entry of a per-language collection by "<collection>/<language>/<file name>", built once per run. */
const entriesOfRun = new WeakMap<LintRun, Map<string, ContentFile>>();
const keyOf = (entry: Pick<ContentFile, 'collection' | 'locale' | 'slug'>) =>
  `${entry.collection}/${entry.locale}/${entry.slug}`;

function translatedEntries(run: LintRun): Map<string, ContentFile> {
  let entries = entriesOfRun.get(run);
  if (!entries) {
    entries = new Map();
    for (const entry of [
      ...run.index.pages,
      ...run.index.glossary,
      ...run.index.safetyNotes,
      ...run.index.treatmentOptions,
    ]) {
      if (COLLECTIONS[entry.collection].perLanguage) entries.set(keyOf(entry), entry);
    }
    entriesOfRun.set(run, entries);
  }
  return entries;
}

/** The default-language (English) entry a translation follows: same collection, same file name; undefined for English entries. */
export function originalOf(entry: ContentFile, run: LintRun): ContentFile | undefined {
  if (entry.locale === DEFAULT_LOCALE || !COLLECTIONS[entry.collection].perLanguage) return undefined;
  return translatedEntries(run).get(keyOf({ ...entry, locale: DEFAULT_LOCALE }));
}

/** Where an entry's counterpart in another language lives, e.g. content/faqs/es/pain.mdx. */
const counterpartFile = (entry: ContentFile, locale: string) => entry.file.replace(`/${entry.locale}/`, `/${locale}/`);

/**
 * Every English entry of a per-language collection has its translation in every other language, and every
 * translation has its English original (the same file name): readers switch between the two.
 */
export const counterpartsRule: LintRule = {
  checkFile(entry, file, run) {
    if (!COLLECTIONS[entry.collection].perLanguage) return;
    const entries = translatedEntries(run);
    if (entry.locale === DEFAULT_LOCALE) {
      for (const locale of TRANSLATED_LOCALES.filter((other) => !entries.has(keyOf({ ...entry, locale: other })))) {
        report(
          file,
          `No translation: ${counterpartFile(entry, locale)} is missing. Every English entry needs its ${locale} translation with the same file name: translate this file there (set translatedFrom to this file's lastReviewed).`,
          { line: 1 },
          'translation-counterpart',
          'error',
        );
      }
    } else if (!originalOf(entry, run)) {
      report(
        file,
        `No English original: ${counterpartFile(entry, DEFAULT_LOCALE)} does not exist. A translation has the same file name as the English file it translates: rename it to match, or remove it.`,
        { line: 1 },
        'translation-counterpart',
        'error',
      );
    }
  },
};

/** Whether the collection's schema has translatedFrom: a collection without review dates (the glossary) has nothing to follow. */
const followsReviewDates = (entry: ContentFile, run: LintRun) => {
  const shape = (run.schemas[entry.collection] as { shape?: Record<string, unknown> }).shape;
  return shape !== undefined && 'translatedFrom' in shape;
};

/**
 * translatedFrom: on every translation (the English lastReviewed date it follows) and on no English entry; a
 * translation whose English original was reviewed after it warns (the page tells readers too).
 */
export const translatedFromRule: LintRule = {
  checkFile(entry, file, run) {
    if (!COLLECTIONS[entry.collection].perLanguage) return;
    const line = { line: lineOf(entry.text, 'translatedFrom') };
    if (entry.locale === DEFAULT_LOCALE) {
      if (entry.data.translatedFrom !== undefined) {
        report(
          file,
          'translatedFrom: only a translation has it (the English date it follows): remove it from the English file.',
          line,
          'translated-from',
          'error',
        );
      }
      return;
    }
    if (!followsReviewDates(entry, run)) return;
    const original = originalOf(entry, run);
    const reviewed = original && asDate(original.data.lastReviewed);
    const translated = asDate(entry.data.translatedFrom);
    if (entry.data.translatedFrom === undefined) {
      const date = reviewed ? isoDay(reviewed) : "<the English file's lastReviewed>";
      report(
        file,
        `translatedFrom: missing. Add translatedFrom: ${date} after lastReviewed: the lastReviewed date of ${original?.file ?? 'the English file'} that this translation follows.`,
        { line: lineOf(entry.text, 'lastReviewed') },
        'translated-from',
        'error',
      );
      return;
    }
    // A date that is not a date is the schema rule's to report.
    if (!reviewed || !translated || !original) return;
    if (reviewed > translated) {
      report(
        file,
        `Stale translation: ${original.file} was reviewed on ${isoDay(reviewed)}, after the English text this translation follows (translatedFrom: ${isoDay(translated)}). Bring the translation up to date with the English file, then set translatedFrom: ${isoDay(reviewed)}.`,
        line,
        'stale-translation',
        'warning',
      );
    } else if (reviewed < translated) {
      report(
        file,
        `translatedFrom: ${isoDay(translated)} is later than the English file's lastReviewed (${isoDay(reviewed)}): it must be the lastReviewed date of the English text this follows. Set translatedFrom: ${isoDay(reviewed)} if the translation follows the English as it is now.`,
        line,
        'translated-from',
        'error',
      );
    }
  },
};

/**
 * A translation names the clinician who reviewed it once one has (MedlinePlus asks translated health content to say how
 * it was checked): until then, one warning per file. The page says no clinician has reviewed it, so it never fails.
 */
export const translationReviewerRule: LintRule = {
  checkFile(entry, file, run) {
    if (entry.locale === DEFAULT_LOCALE || !COLLECTIONS[entry.collection].perLanguage) return;
    const shape = (run.schemas[entry.collection] as { shape?: Record<string, unknown> }).shape;
    if (!shape || !('translationReviewer' in shape) || entry.data.translationReviewer !== undefined) return;
    report(
      file,
      `translationReviewer: no clinician has reviewed this translation yet. Once one has checked it against ${counterpartFile(entry, DEFAULT_LOCALE)}, add translationReviewer: with their name, qualification and the date (reviewed: YYYY-MM-DD). Never before the review has happened.`,
      { line: lineOf(entry.text, 'translatedFrom') },
      'translation-reviewer',
      'warning',
    );
  },
};
