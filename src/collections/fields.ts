import { z } from 'astro/zod';
import { didYouMean } from './closest-id.ts';

/** What a reference to another entry looks like to a schema: Astro's reference() in the build, a stand-in in unit tests. */
export type EntryRef = z.ZodType;

/** The message for a `sources:` id with no file in content/sources/ (the build and the content lint both use it). */
export function unknownSourceMessage(id: string, known: Iterable<string>): string {
  return `there is no source "${id}" in content/sources/.${didYouMean(id, known)} Use a file name from there without .yaml, e.g. clinic-article.`;
}

/** A calendar date written as 2026-11-24 (YAML may already have parsed it into a Date). */
export const reviewDate = z.coerce.date({ error: 'expected a date like 2026-11-24' });

export const plainText = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `must not be empty: write ${what}`);

/** A site path such as /side-effects/bruising/; checked against the real pages when the site is built. */
const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'expected a site path such as /side-effects/bruising/');

/** The message for a `related:` path that is no page of the site (the build and the content lint both use it). */
export function relatedPathProblem(path: string, pageUrls: { has(url: string): boolean }): string | undefined {
  if (pageUrls.has(path.split('#')[0] ?? path)) return undefined;
  return `related: "${path}" is not a page on this site. Use a path such as /side-effects/bruising/.`;
}

/**
 * Words patients search with that the page itself does not use: lay words, brand names, everyday words for symptoms,
 * body parts and aftercare. Search weighs them like a second title; the page never shows them.
 */
export const searchTerms = z
  .array(plainText('a word or short phrase a patient might type'))
  .default([])
  .describe(
    'Optional. Words a patient might search with that the page does not use: lay words, brand names, everyday words for symptoms. Lower case, British spelling, none already in the title.',
  );

/**
 * On a translation only: the lastReviewed date of the English entry it was translated from. When the English entry
 * is reviewed again later, the page tells readers the English page has changed and the content lint reports it.
 */
export const translatedFrom = reviewDate
  .optional()
  .describe(
    'Translations only (content/<collection>/es/…): the lastReviewed date of the English file this text was translated from, e.g. 2026-11-24. Update it when you bring the translation up to date.',
  );

/**
 * On a translation only: the Spanish-speaking clinician who checked it against the English original, shown by the
 * page's translation note. Leave it out until a real review has happened: the content lint warns while it is empty.
 */
export const translationReviewer = z
  .object({
    name: plainText("the reviewer's full name").describe(
      'The full name of the clinician who reviewed this translation against the English original, as they wish to be named.',
    ),
    qualification: plainText("the reviewer's qualification").describe(
      'Their qualification and role, e.g. "Dermatóloga, colegiada en Madrid": what lets them judge the medical meaning.',
    ),
    reviewed: reviewDate.describe('The day they finished reviewing this translation, e.g. 2026-12-06.'),
  })
  .optional()
  .describe(
    'Translations only, and only once it has happened: the clinician who reviewed this translation (name, qualification, date reviewed). Never fill it in for a review that has not taken place.',
  );

/** Fields every page-like entry has: what search engines show, review dates and sources. */
export function pageFields<R extends EntryRef>(sourceRef: R) {
  return {
    description: plainText('a one-sentence summary (it is shown by search engines)')
      .pipe(z.string().max(200, 'keep it under 200 characters: search engines cut longer summaries'))
      .describe('One sentence that sums up the page, under 200 characters: search results and link previews show it.'),
    firstPublished: reviewDate
      .optional()
      .describe(
        'The day the page first went live, e.g. 2026-11-25. Optional: without it, search engines are told lastReviewed. Never change it once set.',
      ),
    lastReviewed: reviewDate.describe('The day someone last checked this page against its sources, e.g. 2026-11-24.'),
    nextReview: reviewDate.describe('The day this page is due to be checked again: later than lastReviewed.'),
    sources: z
      .array(sourceRef)
      .min(1, 'list at least one source id from content/sources/')
      .describe(
        'The sources this page rests on: file names in content/sources/ without .yaml. Cite each in the text with <Cite id="…" />.',
      ),
    related: z
      .array(sitePath)
      .default([])
      .describe('Pages of this site listed under "Related pages", as site paths such as /side-effects/bruising/.'),
    translatedFrom,
    translationReviewer,
    searchTerms,
  };
}

/** nextReview must come after lastReviewed, and a page is reviewed no earlier than it was published; each error points at its field. */
export function reviewOrder<T extends z.ZodObject>(schema: T) {
  type Dates = { firstPublished?: Date; lastReviewed: Date; nextReview: Date };
  return schema
    .refine((data) => (data as Dates).nextReview > (data as Dates).lastReviewed, {
      message: 'must be later than lastReviewed',
      path: ['nextReview'],
    })
    .refine(
      (data) => ((data as Dates).firstPublished ?? (data as Dates).lastReviewed) <= (data as Dates).lastReviewed,
      {
        message: 'must be on or before lastReviewed: a page is reviewed after it is published',
        path: ['firstPublished'],
      },
    );
}

export const order = z
  .number({ error: 'expected a whole number (1 comes first)' })
  .int()
  .positive()
  .default(100)
  .describe('Where the entry comes in its list: 1 comes first (100 when left out).');

/** A source reference checked against a known set of ids: the stand-in for Astro's reference() outside the build. */
export function knownSourceRef(sourceIds: ReadonlySet<string>) {
  return z
    .string()
    .refine((id) => sourceIds.has(id), { error: (issue) => unknownSourceMessage(String(issue.input), sourceIds) });
}
