import { z } from 'astro/zod';
import { LOCALES } from '../language/locales.ts';
import type { CollectionName } from './registry.ts';
import { EVIDENCE_LEVELS, FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES, SOURCE_KINDS } from './choices.ts';
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

/** Text written once per site language: en: …, es: …. */
const inEveryLanguage = <T extends z.ZodType>(what: T) => z.record(z.enum(LOCALES), what);

/** A phone number as dialled: 112, 999, 061. */
const PHONE_NUMBER = /^\d{3}$/;
/** Where a text names a phone number (three digits standing alone, not part of 2026, 1.110 or 100.5), or the given one. */
export const phoneNumberPattern = (digits = String.raw`\d{3}`) =>
  new RegExp(String.raw`(?<![\d.,])${digits}(?![\d.,]?\d)`, 'g');
/** The phone numbers a text names. */
export const phoneNumbersIn = (text: string) => text.match(phoneNumberPattern()) ?? [];

/** What to do on one card, for readers in this country: the card's heading and any lines under its signs. */
const careAction = (which: string, example: string) =>
  z
    .object({
      heading: inEveryLanguage(
        plainText('what to do, ending with "if:"').regex(/\b(if|si):$/, 'end it with "if:" (in Spanish "si:")'),
      ).describe(`What to do, in every language, as the ${which} card's heading, e.g. en: "${example}".`),
      notes: inEveryLanguage(z.array(plainText('one short line')))
        .optional()
        .describe(
          `Optional lines shown under the ${which} card's signs, in every language (e.g. where a service differs within the country).`,
        ),
    })
    .describe(`The ${which} card: what to do in this country.`);

/** A public page that a country's care services rest on (shared/research/sources.md, "Care services by country"). */
const careSource = z
  .object({
    title: plainText('the title as published')
      .optional()
      .describe('The page title exactly as published. Leave it out when the list gives none, and give about: instead.'),
    about: inEveryLanguage(plainText('our short description of the page'))
      .optional()
      .describe('Only for a page whose title the source list does not give: our description of it, in every language.'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en or es')
      .default('en')
      .describe('The language the page is written in; en when missing.'),
    publisher: plainText('who published it')
      .optional()
      .describe('Who published it, as they name themselves, e.g. "Citizens Information".'),
    year: z
      .number()
      .int()
      .min(1900)
      .max(2100)
      .optional()
      .describe('The year it was published, if the source list gives it.'),
    url: z
      .url('expected a full web address starting with https://')
      .describe('Its web address, as the source list gives it.'),
  })
  .refine((source) => (source.title === undefined) !== (source.about === undefined), {
    message: 'give either title (as published) or about (our description, per language), not both or neither',
    path: ['title'],
  });

/**
 * Where to get help in one country (content/care-services/<code>.yaml): the headings of the urgent and emergency
 * cards, every number and service name they may use, and the public pages they rest on. Shared by every language.
 */
export const careServiceSchema = reviewOrder(
  z.object({
    name: inEveryLanguage(plainText("the country's name")).describe(
      "The country's name in every language, e.g. en: Spain, es: España: the list of countries shows it.",
    ),
    order,
    numbersFor: inEveryLanguage(plainText('one sentence')).describe(
      'The sentence under the cards that says which country the numbers are for, e.g. en: "These numbers are for Spain."',
    ),
    numbers: z
      .array(z.string().regex(PHONE_NUMBER, "expected a phone number as dialled, in quotes, e.g. '112'"))
      .describe(
        "Every phone number this country's texts name, in quotes (e.g. ['112', '061']): the content lint stops these numbers in other countries' pages.",
      ),
    serviceNames: z
      .array(plainText('a service name'))
      .default([])
      .describe(
        'Names of services that exist only in this country, e.g. A&E, NHS 111: the content lint stops them in pages shown in other countries.',
      ),
    emergency: careAction('emergency', 'Call 112 or go to urgencias if:'),
    urgent: careAction('urgent', 'Ask for an urgent GP appointment or call NHS 111 if:'),
    lessUrgent: inEveryLanguage(plainText('one or two sentences')).describe(
      'Where to go for anything less urgent, in every language: the list of countries shows it.',
    ),
    sources: z
      .array(careSource)
      .min(1, 'list at least one page from shared/research/sources.md, "Care services by country"')
      .describe(
        'The public pages these services rest on, from the section "Care services by country" of shared/research/sources.md.',
      ),
    lastReviewed: reviewDate.describe(
      'The day an editor last checked these services against their sources, e.g. 2026-12-05.',
    ),
    nextReview: reviewDate.describe('When they must be checked again, at most a year later.'),
  }),
).superRefine((data, context) => {
  // A number in the headings or notes that the country does not list would slip past the content lint.
  const texts: Array<[Array<string | number>, string]> = [];
  for (const card of ['emergency', 'urgent'] as const) {
    for (const [locale, heading] of Object.entries(data[card].heading))
      texts.push([[card, 'heading', locale], heading]);
    for (const [locale, notes] of Object.entries(data[card].notes ?? {}))
      notes.forEach((note, index) => texts.push([[card, 'notes', locale, index], note]));
  }
  for (const [locale, text] of Object.entries(data.lessUrgent)) texts.push([['lessUrgent', locale], text]);
  for (const [path, text] of texts) {
    for (const number of phoneNumbersIn(text).filter((found) => !data.numbers.includes(found))) {
      context.addIssue({
        code: 'custom',
        path,
        message: `names ${number}, which is not in this country's numbers: [${data.numbers.join(', ')}]. Add it there if it is this country's, or take it out.`,
      });
    }
  }
});

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

/** A published source that pages cite by its id (the file name). */
export const sourceSchema = z
  .object({
    number: z
      .number()
      .int()
      .nonnegative()
      .describe(
        'Its number in shared/research/sources.md (20 for the clinic article the site started from; 21 for Rebora 2019, which shares item 18 there with Sinclair 2016): it orders the Sources page.',
      ),
    title: plainText('the title as published')
      .optional()
      .describe(
        'The title exactly as published, in the language it was published in. Leave it out for a source with no title of its own, and give ourTitle instead.',
      ),
    ourTitle: z
      .record(z.enum(LOCALES), plainText('our short description of the source'))
      .optional()
      .describe(
        'Only for a source with no title of its own (a clinic web page, a set of drug labels): our short description of it, once per language (en: …, es: …).',
      ),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en or es')
      .default('en')
      .describe(
        'The language the source is written in, e.g. en: pages in other languages mark its title as that language. Optional; en when missing.',
      ),
    authors: z.string().optional().describe('The authors as the source lists them, e.g. "Gajjar PC, Mehta HH".'),
    publication: plainText('the journal, publisher or website')
      .optional()
      .describe(
        'The journal, publisher or website that published it, as it names itself. Leave it out when it has no name, and give ourPublication instead.',
      ),
    ourPublication: z
      .record(z.enum(LOCALES), plainText('our description of where it was published'))
      .optional()
      .describe(
        'Only when the publisher has no name to give (e.g. a clinic website): our description of it, once per language (en: …, es: …).',
      ),
    year: z.number().int().min(1900).max(2100).optional().describe('The year it was published.'),
    kind: z
      .enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` })
      .describe('What sort of source it is: readers weigh a trial differently from a clinic article.'),
    doi: z
      .string()
      .regex(/^10\.\d{4,}\/\S+$/, 'expected a DOI such as 10.4103/ijt.ijt_89_18')
      .optional()
      .describe('Its DOI, e.g. 10.4103/ijt.ijt_89_18: the Sources page links it.'),
    url: z
      .url('expected a full web address starting with https://')
      .optional()
      .describe('Its web address, when it has no DOI.'),
    // Published titles stay as published; our summary is written once per language.
    supports: z
      .record(z.enum(LOCALES), plainText('what the source tells us, in plain language'))
      .describe(
        'What the source tells us, in plain language, once per language (en: …, es: …). It is shown on the Sources page.',
      ),
  })
  // A source has its own title or our description of it, and the same for where it was published: one of each.
  .refine((source) => (source.title === undefined) !== (source.ourTitle === undefined), {
    message: 'give either title (as published) or ourTitle (our description, per language), not both or neither',
    path: ['title'],
  })
  .refine((source) => (source.publication === undefined) !== (source.ourPublication === undefined), {
    message:
      'give either publication (as it names itself) or ourPublication (our description, per language), not both or neither',
    path: ['publication'],
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
    sources: sourceSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
