import { z } from 'astro/zod';
import { LOCALES } from '../language/locales.ts';
import { order, plainText, reviewDate, reviewOrder } from './fields.ts';

// Where to get help in each country (content/care-services/<code>.yaml), shared by every language.

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
