import { z } from 'astro/zod';
import { LOCALES } from '../language/locales.ts';
import { SOURCE_KINDS } from './choices.ts';
import { plainText } from './fields.ts';

/** A published source that pages cite by its id (the file name). */
export const sourceSchema = z
  .object({
    number: z
      .number()
      .int()
      .nonnegative()
      .describe(
        'Its number on the Sources page, which it orders: its number in shared/research/sources.md for items 1 to 19 and 22; the next free number for the rest (20 for the clinic article the site started from; 21 for Rebora 2019, which shares item 18 there with Sinclair 2016; 23 and 24 for the PRP reviews, items 20 and 21 there).',
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
