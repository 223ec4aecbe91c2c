import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf } from '../../../src/collections/content-files';
import { careServiceSchema } from '../../../src/collections/care-service-schema';
import { collectionSchemas, glossarySchema } from '../../../src/collections/schemas';
import { sourceSchema } from '../../../src/collections/source-schema';
import { COLLECTIONS, type CollectionName } from '../../../src/collections/registry';
import { knownSourceRef } from '../../../src/collections/fields';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const sourceIds = new Set(readdirSync(join(CONTENT, 'sources')).map((name) => name.replace(/\.yaml$/, '')));
// Stands in for Astro's reference('sources'): the same check against the files in content/sources/.
const SCHEMAS: Record<CollectionName, z.ZodType> = collectionSchemas(knownSourceRef(sourceIds));

/** Every file of a content folder (all languages) with its parsed frontmatter or YAML. */
function entries(folder: string): Array<[string, unknown]> {
  return readdirSync(join(CONTENT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .map((name) => {
      const text = readFileSync(join(CONTENT, folder, name), 'utf8');
      return [`${folder}/${name}`, name.endsWith('.mdx') ? frontmatterOf(text) : parse(text)];
    });
}

/** "field: message" for each problem, the way an editor reads them. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the real content passes its schema', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it.each(entries(COLLECTIONS[name as CollectionName].contentFolder))(`%s`, (_file, data) => {
      expect(problems(schema, data)).toEqual([]);
    });
  }
});

const faq = {
  question: 'Can I wash my hair after a session?',
  category: 'sessions-and-course',
  description: 'When you can wash your hair after scalp mesotherapy, and what to avoid for a day or two.',
  lastReviewed: '2026-11-25',
  nextReview: '2027-11-25',
  sources: ['clinic-article'],
};
const faqProblems = (change: Record<string, unknown>) => problems(SCHEMAS.faqs, { ...faq, ...change });

describe('a mistake in a FAQ names the field and the fix', () => {
  it('accepts the example', () => {
    expect(faqProblems({})).toEqual([]);
  });
  it('missing lastReviewed', () => {
    expect(faqProblems({ lastReviewed: undefined })).toEqual(['lastReviewed: expected a date like 2026-11-24']);
  });
  it('a date that is not a date', () => {
    expect(faqProblems({ nextReview: '2027-13-45' })).toEqual(['nextReview: expected a date like 2026-11-24']);
  });
  it('nextReview before lastReviewed', () => {
    expect(faqProblems({ nextReview: '2025-01-01' })).toEqual(['nextReview: must be later than lastReviewed']);
  });
  it('firstPublished after lastReviewed', () => {
    expect(faqProblems({ firstPublished: '2026-12-01' })).toEqual([
      'firstPublished: must be on or before lastReviewed: a page is reviewed after it is published',
    ]);
  });
  it('firstPublished on or before lastReviewed is accepted, and may be left out', () => {
    expect(faqProblems({ firstPublished: '2026-01-10' })).toEqual([]);
  });
  it('an unknown source id', () => {
    expect(faqProblems({ sources: ['clinic-artcle'] })).toEqual([
      'sources.0: there is no source "clinic-artcle" in content/sources/. Did you mean "clinic-article"? Use a file name from there without .yaml, e.g. clinic-article.',
    ]);
  });
  it('no sources', () => {
    expect(faqProblems({ sources: [] })).toEqual(['sources: list at least one source id from content/sources/']);
  });
  it('an empty question', () => {
    expect(faqProblems({ question: '  ' })).toEqual([
      'question: must not be empty: write the question, ending with "?"',
    ]);
  });
  it('a question without a question mark', () => {
    expect(faqProblems({ question: 'Washing hair' })).toEqual(['question: end the question with "?"']);
  });
  it('an unknown category', () => {
    expect(faqProblems({ category: 'aftercare' })).toEqual([
      'category: expected one of: about-the-treatment, sessions-and-course, results, safety-and-side-effects, choosing-a-clinic',
    ]);
  });
  it('a related path that is not a site path', () => {
    expect(faqProblems({ related: ['side-effects/bruising'] })).toEqual([
      'related.0: expected a site path such as /side-effects/bruising/',
    ]);
  });
});

describe('other content types', () => {
  it('a side effect with an unknown frequency', () => {
    const sideEffect = {
      ...faq,
      question: undefined,
      category: undefined,
      title: 'Itching',
      howCommon: 'often',
      howLong: 'A day',
    };
    expect(problems(SCHEMAS.sideEffects, sideEffect)).toEqual(['howCommon: expected one of: common, uncommon, rare']);
  });
  it('a glossary term without a definition', () => {
    expect(problems(glossarySchema, { term: 'Anagen' })).toEqual([
      'definition: expected a one- or two-sentence plain-English meaning as text',
    ]);
  });
  it('a source with both its own title and ours, or with neither publication, names the fields to choose between', () => {
    const source = {
      number: 30,
      title: 'A page',
      ourTitle: { en: 'A page', es: 'Una página' },
      kind: 'clinic-article',
      supports: { en: 'It says.', es: 'Dice.' },
    };
    expect(problems(sourceSchema, source)).toEqual([
      'title: give either title (as published) or ourTitle (our description, per language), not both or neither',
      'publication: give either publication (as it names itself) or ourPublication (our description, per language), not both or neither',
    ]);
  });

  it('a source with a bad DOI', () => {
    const source = {
      number: 30,
      title: 'A trial',
      publication: 'A journal',
      kind: 'trial',
      doi: 'doi.org/10.1/x',
      supports: { en: 'It found little.', es: 'Encontró poco.' },
    };
    expect(problems(sourceSchema, source)).toEqual(['doi: expected a DOI such as 10.4103/ijt.ijt_89_18']);
  });
});

describe('safety notes, estimator notes and cited key facts', () => {
  const reviewed = { lastReviewed: '2026-12-01', nextReview: '2027-12-01' };
  it('a condition without its estimator note', () => {
    const condition = { ...faq, question: undefined, category: undefined, title: 'Alopecia areata', evidence: 'none' };
    expect(problems(SCHEMAS.conditions, condition)).toEqual([
      'estimatorNote: expected what the estimator says to someone with this kind of hair loss as text',
    ]);
  });
  it('a help card without signs', () => {
    const note = { title: 'When to get help', urgent: { signs: [] }, sources: ['clinic-article'], ...reviewed };
    expect(problems(SCHEMAS.safetyNotes, note)).toEqual(['urgent.signs: list at least one sign']);
  });
  it('a key fact that cites a source the page does not list', () => {
    const page = { title: 'Home', intro: 'Hello.', description: 'A page.', sources: ['clinic-article'], ...reviewed };
    const keyFacts = [
      { text: 'About 40 injections.', cite: ['clinic-article'] },
      { text: 'Half had pain.', cite: ['saceda-corralo-2022'] },
    ];
    expect(problems(SCHEMAS.indexPages, { ...page, keyFacts })).toEqual([
      `keyFacts.1.cite: "saceda-corralo-2022" is not in this page's sources: [clinic-article]. Add it there, so it appears in the page's numbered source list.`,
    ]);
  });
});

describe("a country's care services", () => {
  const spain = {
    name: { en: 'Spain', es: 'España' },
    order: 3,
    numbersFor: { en: 'These numbers are for Spain.', es: 'Estos números son para España.' },
    numbers: ['112', '061'],
    serviceNames: ['centro de salud'],
    emergency: { heading: { en: 'Call 112 or go to urgencias if:', es: 'Llame al 112 o vaya a urgencias si:' } },
    urgent: {
      heading: {
        en: 'Go to your centro de salud and ask for an appointment today if:',
        es: 'Vaya a su centro de salud (pida cita para hoy) si:',
      },
      notes: {
        en: ['If it is closed, go to the nearest urgencias.'],
        es: ['Si está cerrado, vaya a las urgencias más cercanas.'],
      },
    },
    lessUrgent: {
      en: 'For anything less urgent, ask for an appointment at your centro de salud.',
      es: 'Para lo que sea menos urgente, pida cita en su centro de salud.',
    },
    sources: [
      {
        title: 'Teléfonos de emergencia: ¿Cuál es la diferencia entre el 112 y el 061?',
        language: 'es',
        publisher: 'ConSalud.es',
        url: 'https://www.consalud.es/pacientes/telefonos-emergencia-cual-es-diferencia-entre-112-061_133271_102.html',
      },
    ],
    lastReviewed: '2026-12-05',
    nextReview: '2027-12-05',
  };

  it('accepts the example', () => {
    expect(problems(careServiceSchema, spain)).toEqual([]);
  });

  it('a heading or note naming a number the country does not list, at its path', () => {
    const wrong = {
      ...spain,
      emergency: { heading: { en: 'Call 999 or go to urgencias if:', es: 'Llame al 112 o vaya a urgencias si:' } },
      urgent: {
        ...spain.urgent,
        notes: { en: ['If it is closed, call 111.'], es: ['Si está cerrado, vaya a las urgencias más cercanas.'] },
      },
    };
    expect(problems(careServiceSchema, wrong)).toEqual([
      "emergency.heading.en: names 999, which is not in this country's numbers: [112, 061]. Add it there if it is this country's, or take it out.",
      "urgent.notes.en.0: names 111, which is not in this country's numbers: [112, 061]. Add it there if it is this country's, or take it out.",
    ]);
  });

  it('a source with neither its title nor our description of it', () => {
    expect(
      problems(careServiceSchema, {
        ...spain,
        sources: [
          {
            publisher: 'ConSalud.es',
            url: 'https://www.consalud.es/pacientes/telefonos-emergencia-cual-es-diferencia-entre-112-061_133271_102.html',
          },
        ],
      }),
    ).toEqual([
      'sources.0.title: give either title (as published) or about (our description, per language), not both or neither',
    ]);
  });
});

describe('schemas document themselves', () => {
  // Astro writes these descriptions into .astro/collections/*.schema.json: editors see them as hover help.
  it.each(Object.keys(SCHEMAS) as CollectionName[])('every %s field has a description', (name) => {
    const json = z.toJSONSchema(collectionSchemas(z.string())[name], { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { description?: string }>;
    };
    const undocumented = Object.entries(json.properties)
      .filter(([, field]) => !field.description?.trim())
      .map(([field]) => field);
    expect(undocumented).toEqual([]);
  });
});
