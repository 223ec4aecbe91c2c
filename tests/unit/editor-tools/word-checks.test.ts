import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { britishSpellingOf } from '../../../src/language/british-spellings';
import { retextBritishSpelling } from '../../../src/editor-tools/lint-rules/retext-british-spelling';
import { retextClaims } from '../../../src/editor-tools/lint-rules/retext-claims';
import { textFieldsOf } from '../../../src/editor-tools/lint-rules/word-checks';
import type { ContentFile } from '../../../src/collections/content-files';

async function messages(text: string) {
  const processor = unified().use(retextEnglish).use(retextClaims, 'en').use(retextBritishSpelling);
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({
    rule: message.ruleId,
    fatal: message.fatal,
    reason: message.reason,
    column: message.column,
  }));
}

async function spanishClaims(text: string) {
  const processor = unified().use(retextLatin).use(retextClaims, 'es');
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({ fatal: message.fatal, actual: message.actual }));
}

describe('claims in Spanish', () => {
  it('flags promotional wording, with the words it found', async () => {
    const found = await spanishClaims('Los resultados están garantizados y el tratamiento es indoloro y 100 % seguro.');
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { fatal: true, actual: 'garantizados' },
        { fatal: true, actual: 'indoloro' },
        { fatal: true, actual: '100% seguro' },
      ]),
    );
  });

  it('lets a denial, a question, a quotation and an innocent sense pass, and only warns about the future tense', async () => {
    expect(
      await spanishClaims(
        'No es indoloro. ¿Es sin riesgos? La clínica dice que es "prácticamente indoloro". Lleve las uñas cortas mientras se cura el cuero cabelludo. La cicatriz puede ser para siempre.',
      ),
    ).toEqual([]);
    expect(await spanishClaims('El pelo crecerá.')).toEqual([{ fatal: false, actual: 'crecerá' }]);
  });
});

describe('claims', () => {
  it('flags promotional wording with a suggestion and its place', async () => {
    const found = await messages('Results are guaranteed and the treatment is painless.');
    expect(found.map((item) => [item.rule, item.fatal, item.column])).toEqual([
      ['claims', true, 13],
      ['claims', true, 45],
    ]);
    expect(found[1]?.reason).toContain('most people feel some discomfort');
  });
  it('flags multi-word claims', async () => {
    const found = (await messages('It has no side effects and is 100% safe.')).sort(
      (a, b) => (a.column ?? 0) - (b.column ?? 0),
    );
    expect(found.map((item) => [item.reason.slice(0, 24), item.column])).toEqual([
      ['Avoid "no side effects":', 8],
      ['Avoid "100% safe": no tr', 31],
    ]);
  });
  it('lets honest sentences pass: quoted, negated, or asked', async () => {
    expect(await messages('The article calls it "virtually painless", but research does not agree.')).toEqual([]);
    expect(await messages('There is no cure for inherited hair loss.')).toEqual([]);
    expect(await messages('Mesotherapy does not cure hair loss.')).toEqual([]);
    expect(await messages('Is mesotherapy painless?')).toEqual([]);
  });
  it('only warns about "will" promises', async () => {
    expect((await messages('Your hair will regrow.')).map((item) => item.fatal)).toEqual([false]);
  });
});

describe('British spelling', () => {
  it('suggests the British spelling, keeping capitals', () => {
    expect(britishSpellingOf('anesthetic')).toBe('anaesthetic');
    expect(britishSpellingOf('Randomized')).toBe('Randomised');
    expect(britishSpellingOf('edema')).toBe('oedema');
    expect(britishSpellingOf('colour')).toBeUndefined();
    expect(britishSpellingOf('practice')).toBeUndefined();
  });
  it('reports American spellings as errors, but not in names', async () => {
    expect(await messages('A randomized trial. The US Centers for Disease Control agree.')).toEqual([
      {
        rule: 'british-spelling',
        fatal: true,
        reason: 'Use British spelling: "randomised", not "randomized".',
        column: 3,
      },
    ]);
  });
});

describe('the texts of the fields (textFieldsOf)', () => {
  const entry = (file: string, collection: ContentFile['collection'], text: string): ContentFile => ({
    file,
    folder: file.split('/')[1]!,
    collection,
    slug: 'x',
    locale: file.includes('/es/') ? 'es' : 'en',
    text,
    data: {},
  });
  /** Each text as "field language: text @ what the file has at its place". */
  const texts = (file: ContentFile) =>
    textFieldsOf(file).map(
      (field) => `${field.key} ${field.locale}: ${field.text} @ ${file.text.slice(field.start, field.end)}`,
    );

  it("reads a safety note's title, paragraphs and signs, in its folder's language", () => {
    const note = entry(
      'content/safety-notes/es/when-to-get-help.yaml',
      'safetyNotes',
      'title: Cuándo pedir ayuda\nurgent:\n  signs:\n    - tiene fiebre\nsources: [singsing-2022]\n',
    );
    expect(texts(note)).toEqual([
      'title es: Cuándo pedir ayuda @ Cuándo pedir ayuda',
      'urgent es: tiene fiebre @ tiene fiebre',
    ]);
  });

  it("reads a country's texts one language each, and a key fact's text but not its cite: ids", () => {
    const country = entry(
      'content/care-services/es.yaml',
      'careServices',
      "numbers: ['112']\nemergency:\n  heading:\n    en: 'Call 112 if:'\n    es: >-\n      Llame al\n      112 si:\n",
    );
    expect(texts(country)).toEqual([
      "emergency en: Call 112 if: @ 'Call 112 if:'",
      'emergency es: Llame al 112 si: @ >-\n      Llame al\n      112 si:\n',
    ]);
    const home = entry(
      'content/index-pages/en/home.yaml',
      'indexPages',
      'keyFacts:\n  - text: Most feel some discomfort.\n    cite: [clinic-article]\n',
    );
    expect(texts(home)).toEqual(['keyFacts en: Most feel some discomfort. @ Most feel some discomfort.']);
  });

  it("reads an MDX page's fields at their place in the file, not its body", () => {
    const faq = entry(
      'content/faqs/en/pain.mdx',
      'faqs',
      '---\nquestion: Does it hurt?\nsources: [clinic-article]\n---\n\nMost people feel some discomfort.\n',
    );
    expect(texts(faq)).toEqual(['question en: Does it hurt? @ Does it hurt?']);
  });

  it('leaves sources, whose titles are as published, alone', () => {
    expect(texts(entry('content/sources/cdc-2005.yaml', 'sources', 'title: Infections after mesotherapy\n'))).toEqual(
      [],
    );
  });
});
