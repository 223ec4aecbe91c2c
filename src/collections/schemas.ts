import { z } from 'astro/zod';
import { LOCALES } from '../site/locales.ts';
import type { CollectionName } from './registry.ts';
import { EVIDENCE_LEVELS, FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES, SOURCE_KINDS } from './choices.ts';
import { type EntryRef, order, pageFields, plainText, reviewOrder, searchTerms } from './fields.ts';

const TITLE = 'The page title: the <h1>, the browser tab and search results show it.';
const OPTIONAL_SOURCES = 'The sources this page rests on, if it makes medical statements: file names in content/sources/ without .yaml.';


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
      serious: z.boolean().default(false).describe('true for a serious side effect: the side effects page marks it in red and the clinic feed flags it.'),
      order,
      ...pageFields(sourceRef),
    }),
  );

/** One kind of hair loss. */
const conditionSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the name of the kind of hair loss').describe('The kind of hair loss, e.g. "Telogen effluvium": the page title.'),
      evidence: z
        .enum(EVIDENCE_LEVELS, { error: `expected one of: ${EVIDENCE_LEVELS.join(', ')}` })
        .describe('How much research there is on mesotherapy for this kind of hair loss, as the sources show.'),
      order,
      ...pageFields(sourceRef),
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

/** The home page and the index pages (FAQs, side effects, conditions, glossary, sources): their words and review dates. */
const indexPageSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.object({
      title: plainText('the page title').describe(TITLE),
      intro: plainText('one or two sentences that open the page').describe('One or two sentences that open the page, under its title.'),
      keyFacts: z
        .array(plainText('a short fact'))
        .default([])
        .describe('Short facts shown in a box near the top; each number in them must also be in a cited sentence of the page.'),
      ...pageFields(sourceRef),
      sources: z.array(sourceRef).default([]).describe(OPTIONAL_SOURCES),
    }),
  );

/** A glossary term: one YAML file per term. */
export const glossarySchema = z.object({
  term: plainText('the word as readers see it').describe('The word as readers see it in the text, e.g. "Dermatologist".'),
  definition: plainText('a one- or two-sentence plain-English meaning').describe(
    'Its meaning in one or two plain-English sentences: shown when a reader opens <Term> and on the glossary page.',
  ),
  /** Other names for the term (brand names, lay words): they find the glossary in search. */
  searchTerms,
});

/** A published source that pages cite by its id (the file name). */
export const sourceSchema = z.object({
    number: z
      .number()
      .int()
      .nonnegative()
      .describe('Its number in shared/research/sources.md (20 for the clinic article the site started from): it orders the Sources page.'),
    title: plainText('the title as published, or a description in [square brackets]').describe(
      'The title exactly as published, or a description in [square brackets] when it has none.',
    ),
    authors: z.string().optional().describe('The authors as the source lists them, e.g. "Gajjar PC, Mehta HH".'),
    publication: plainText('the journal, publisher or website').describe('The journal, publisher or website that published it.'),
    year: z.number().int().min(1900).max(2100).optional().describe('The year it was published.'),
    kind: z
      .enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` })
      .describe('What sort of source it is: readers weigh a trial differently from a clinic article.'),
    doi: z
      .string()
      .regex(/^10\.\d{4,}\/\S+$/, 'expected a DOI such as 10.4103/ijt.ijt_89_18')
      .optional()
      .describe('Its DOI, e.g. 10.4103/ijt.ijt_89_18: the Sources page links it.'),
    url: z.url('expected a full web address starting with https://').optional().describe('Its web address, when it has no DOI.'),
    // Published titles stay as published; our summary is written once per language.
    supports: z
      .record(z.enum(LOCALES), plainText('what the source tells us, in plain language'))
      .describe('What the source tells us, in plain language, once per language (en: …). It is shown on the Sources page.'),
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
