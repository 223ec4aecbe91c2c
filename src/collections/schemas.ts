import { z } from 'astro/zod';
import type { CollectionName } from './registry.ts';
import { EVIDENCE_LEVELS, FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES } from './choices.ts';
import { careServiceSchema } from './care-service-schema.ts';
import { sourceSchema } from './source-schema.ts';
import { treatmentOptionSchema } from './treatment-option-schema.ts';
import {
  type EntryRef,
  order,
  pageFields,
  plainText,
  reviewDate,
  reviewOrder,
  searchTerms,
  translatedFrom,
  translationReviewer,
} from './fields.ts';

const TITLE = 'The page title: the <h1>, the browser tab and search results show it.';
const OPTIONAL_SOURCES =
  'The sources this page rests on, if it makes medical statements: file names in content/sources/ without .yaml.';

/** Long-form guides such as "What is capillary mesotherapy?". */
const guideSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(z.object({ title: plainText('the page title').describe(TITLE), order, ...pageFields(sourceRef) }));

/** One question and its answer (the MDX body). */
export const faqSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      question: plainText('the question, ending with "?"')
        .pipe(z.string().endsWith('?', 'end the question with "?"'))
        .describe('The question as a patient would ask it, ending with "?": it is the page title and the FAQ heading.'),
      category: z
        .enum(FAQ_CATEGORIES, { error: `expected one of: ${FAQ_CATEGORIES.join(', ')}` })
        .describe('The group the question is listed under on the FAQ page and in the clinic embed.'),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** One side effect: how common, how long, what to do (MDX body). */
export const sideEffectSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the side effect').describe('The side effect in plain words, e.g. "Bruising": the page title.'),
      howCommon: z
        .enum(SIDE_EFFECT_FREQUENCIES, { error: `expected one of: ${SIDE_EFFECT_FREQUENCIES.join(', ')}` })
        .describe('How often it happens, as the sources say: it groups the side effects page.'),
      howLong: plainText('how long it usually lasts, e.g. "A few hours"').describe(
        'How long it usually lasts, in a few words, e.g. "A few hours to a few days".',
      ),
      serious: z
        .boolean()
        .default(false)
        .describe(
          'true for a serious side effect: the side effects page marks it in red and the clinic feed flags it.',
        ),
      careFirst: z
        .enum(['emergency', 'urgent'], { error: 'expected emergency or urgent' })
        .optional()
        .describe(
          'Optional, for a side effect that can need help quickly (an allergic reaction, an infection): the "when to get help" cards then come straight after the summary, this card first. Without it they close the page.',
        ),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** One kind of hair loss. */
const conditionSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the name of the kind of hair loss').describe(
        'The kind of hair loss, e.g. "Telogen effluvium": the page title.',
      ),
      evidence: z
        .enum(EVIDENCE_LEVELS, { error: `expected one of: ${EVIDENCE_LEVELS.join(', ')}` })
        .describe('How much research there is on mesotherapy for this kind of hair loss, as the sources show.'),
      order,
      ...pageFields(sourceRef),
      estimatorNote: plainText('what the estimator says to someone with this kind of hair loss').describe(
        'One or two sentences the estimator ("How long will my treatment take?") shows when a reader picks this cause: what they should know before counting on a course, resting on the sources this page cites.',
      ),
    }),
  );

/** Site pages such as About, Accessibility and Privacy. */
const infoPageSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the page title').describe(TITLE),
      ...pageFields(sourceRef),
      sources: z.array(sourceRef).default([]).describe(OPTIONAL_SOURCES),
    }),
  );

/** One key fact of an index page, with the sources it rests on (shown as citations after it, like <Cite> in MDX). */
const keyFact = z.object({
  text: plainText('a short fact').describe('One short fact in plain English.'),
  cite: z
    .array(z.string())
    .default([])
    .describe(
      "The ids of the sources the fact rests on, e.g. [clinic-article]; each must also be in the page's sources: list.",
    ),
});

/** The ids of a `sources:` list: Astro's reference() gives { id }, the content lint's stand-in a plain string. */
const sourceIdsOf = (sources: unknown[]) =>
  sources.map((source) => (typeof source === 'string' ? source : (source as { id: string }).id));

/** The home page and the index pages (FAQs, side effects, conditions, glossary, sources): their words and review dates. */
const indexPageSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the page title').describe(TITLE),
      intro: plainText('one or two sentences that open the page').describe(
        'One or two sentences that open the page, under its title.',
      ),
      keyFacts: z
        .array(keyFact)
        .default([])
        .describe('Short facts shown in a box near the top, each with the sources it rests on (cite:).'),
      priorities: z
        .array(plainText('one thing a reader may care about, e.g. "Avoiding needles"'))
        .default([])
        .describe('Only on the compare page: the choices under "What matters most to you?", one checkbox each.'),
      questions: z
        .array(plainText('a question ending with "?"').pipe(z.string().endsWith('?', 'end the question with "?"')))
        .default([])
        .describe('Only on the compare page: the list "Questions to ask your clinic", each ending with "?".'),
      ...pageFields(sourceRef),
      sources: z.array(sourceRef).default([]).describe(OPTIONAL_SOURCES),
    }),
  ).superRefine((data, context) => {
    const listed = sourceIdsOf(data.sources as unknown[]);
    data.keyFacts.forEach((fact, index) => {
      for (const id of fact.cite.filter((cited) => !listed.includes(cited))) {
        context.addIssue({
          code: 'custom',
          path: ['keyFacts', index, 'cite'],
          message: `"${id}" is not in this page's sources: [${listed.join(', ')}]. Add it there, so it appears in the page's numbered source list.`,
        });
      }
    });
  });

/** The signs of a card of the "when to get help" block; what to do comes from the reader's country (careServiceSchema). */
const helpSigns = (which: string) =>
  z
    .object({
      signs: z
        .array(plainText('one warning sign'))
        .min(1, 'list at least one sign')
        .describe(
          'The signs, one a line, each finishing the card\'s heading (the country\'s own, e.g. "Call 112 or go to urgencias if:").',
        ),
    })
    .describe(`The signs of the ${which} card of the "when to get help" block.`);

/** Safety wording shown inside other pages: the signs of the "when to get help" cards and the not-medical-advice note. */
const safetyNoteSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the heading readers see').describe('The heading of the note, e.g. "When to get help".'),
      paragraphs: z
        .array(plainText('a paragraph'))
        .default([])
        .describe('Paragraphs of plain text shown under the title, in order.'),
      urgent: helpSigns('urgent').optional(),
      emergency: helpSigns('emergency').optional(),
      lastReviewed: reviewDate.describe(
        'The day an editor last checked the note against its sources, e.g. 2026-11-25.',
      ),
      nextReview: reviewDate.describe('When the note must be checked again, at most a year later.'),
      sources: z
        .array(sourceRef)
        .min(1, 'list at least one source id from content/sources/')
        .describe('The sources the wording rests on, by file name in content/sources/.'),
      translatedFrom,
      translationReviewer,
    }),
  );

/** A glossary term: one YAML file per term. */
export const glossarySchema = z.object({
  term: plainText('the word as readers see it').describe(
    'The word as readers see it in the text, e.g. "Dermatologist".',
  ),
  definition: plainText('a one- or two-sentence plain-English meaning').describe(
    'Its meaning in one or two plain-English sentences: shown when a reader opens <Term> and on the glossary page.',
  ),
  /** Other names for the term (brand names, lay words): they find the glossary in search. */
  searchTerms,
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
    safetyNotes: safetyNoteSchema(sourceRef),
    careServices: careServiceSchema,
    treatmentOptions: treatmentOptionSchema(sourceRef),
    sources: sourceSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
