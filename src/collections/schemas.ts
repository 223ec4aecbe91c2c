import { z } from 'astro/zod';
import { LOCALES } from '../site/locales.ts';
import type { CollectionName } from './registry.ts';
import { EVIDENCE_LEVELS, FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES, SOURCE_KINDS } from './choices.ts';
import { type EntryRef, order, pageFields, plainText, reviewOrder, searchTerms } from './fields.ts';

export { EVIDENCE_LEVELS, FAQ_CATEGORIES, type FaqCategory, SIDE_EFFECT_FREQUENCIES, SOURCE_KINDS } from './choices.ts';

/** Long-form guides such as "What is capillary mesotherapy?". */
export const guideSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(z.object({ title: plainText('the page title'), order, ...pageFields(sourceRef) }));

/** One question and its answer (the MDX body). */
export const faqSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      question: plainText('the question, ending with "?"').pipe(z.string().endsWith('?', 'end the question with "?"')),
      category: z.enum(FAQ_CATEGORIES, { error: `expected one of: ${FAQ_CATEGORIES.join(', ')}` }),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** One side effect: how common, how long, what to do (MDX body). */
export const sideEffectSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the side effect'),
      howCommon: z.enum(SIDE_EFFECT_FREQUENCIES, { error: `expected one of: ${SIDE_EFFECT_FREQUENCIES.join(', ')}` }),
      howLong: plainText('how long it usually lasts, e.g. "A few hours"'),
      serious: z.boolean().default(false),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** One kind of hair loss. */
export const conditionSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the name of the kind of hair loss'),
      evidence: z.enum(EVIDENCE_LEVELS, { error: `expected one of: ${EVIDENCE_LEVELS.join(', ')}` }),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** Site pages such as About, Accessibility and Privacy. */
export const infoPageSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the page title'),
      ...pageFields(sourceRef),
      sources: z.array(sourceRef).default([]),
    }),
  );

/** The home page and the index pages (FAQs, side effects, conditions, glossary, sources): their words and review dates. */
export const indexPageSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the page title'),
      intro: plainText('one or two sentences that open the page'),
      keyFacts: z.array(plainText('a short fact')).default([]),
      ...pageFields(sourceRef),
      sources: z.array(sourceRef).default([]),
    }),
  );

/** A glossary term: one YAML file per term. */
export const glossarySchema = z.object({
  term: plainText('the word as readers see it'),
  definition: plainText('a one- or two-sentence plain-English meaning'),
  /** Other names for the term (brand names, lay words): they find the glossary in search. */
  searchTerms,
});

/** A published source that pages cite by its id (the file name). */
export const sourceSchema = z.object({
    // The number in shared/research/sources.md (20 for the clinic article it started from); it orders the Sources page.
    number: z.number().int().nonnegative(),
    title: plainText('the title as published, or a description in [square brackets]'),
    authors: z.string().optional(),
    publication: plainText('the journal, publisher or website'),
    year: z.number().int().min(1900).max(2100).optional(),
    kind: z.enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` }),
    doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'expected a DOI such as 10.4103/ijt.ijt_89_18').optional(),
    url: z.url('expected a full web address starting with https://').optional(),
    // Published titles stay as published; our summary is written once per language.
    supports: z.record(z.enum(LOCALES), plainText('what the source tells us, in plain language')),
  });

/** Each collection's schema, by its name in the registry: one map for the build (src/content.config.ts), the content lint and the schema tests. */
export function collectionSchemas<R extends EntryRef>(sourceRef: R) {
  return {
    guides: guideSchema(sourceRef),
    faqs: faqSchema(sourceRef),
    sideEffects: sideEffectSchema(sourceRef),
    conditions: conditionSchema(sourceRef),
    pages: infoPageSchema(sourceRef),
    indexPages: indexPageSchema(sourceRef),
    glossary: glossarySchema,
    sources: sourceSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
