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
  z.string({ error: `expected ${what} as text` }).trim().min(1, `must not be empty: write ${what}`);

/** A site path such as /side-effects/bruising/; checked against the real pages when the site is built. */
export const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'expected a site path such as /side-effects/bruising/');

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

/** Fields every page-like entry has: what search engines show, review dates and sources. */
export function pageFields<R extends EntryRef>(sourceRef: R) {
  return {
    description: plainText('a one-sentence summary (it is shown by search engines)').pipe(
      z.string().max(200, 'keep it under 200 characters: search engines cut longer summaries'),
    ),
    lastReviewed: reviewDate,
    nextReview: reviewDate,
    sources: z.array(sourceRef).min(1, 'list at least one source id from content/sources/'),
    related: z.array(sitePath).default([]),
    searchTerms,
  };
}

/** nextReview must come after lastReviewed; the error points at nextReview. */
export function reviewOrder<T extends z.ZodObject>(schema: T) {
  return schema.refine(
    (data) => (data as { nextReview: Date }).nextReview > (data as { lastReviewed: Date }).lastReviewed,
    { message: 'must be later than lastReviewed', path: ['nextReview'] },
  );
}

export const order = z.number({ error: 'expected a whole number (1 comes first)' }).int().positive().default(100);

/** A source reference checked against a known set of ids: the stand-in for Astro's reference() outside the build. */
export function knownSourceRef(sourceIds: ReadonlySet<string>) {
  return z.string().refine((id) => sourceIds.has(id), { error: (issue) => unknownSourceMessage(String(issue.input), sourceIds) });
}
