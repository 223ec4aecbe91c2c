import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { britishSpellingOf, retextBritishSpelling } from '../../../src/editor-tools/lint-rules/retext-british-spelling';
import { retextClaims } from '../../../src/editor-tools/lint-rules/retext-claims';

async function messages(text: string) {
  const processor = unified().use(retextEnglish).use(retextClaims, 'en').use(retextBritishSpelling);
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({ rule: message.ruleId, fatal: message.fatal, reason: message.reason, column: message.column }));
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
    expect(await spanishClaims('No es indoloro. ¿Es sin riesgos? La clínica dice que es "prácticamente indoloro". Lleve las uñas cortas mientras se cura el cuero cabelludo. La cicatriz puede ser para siempre.')).toEqual([]);
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
    const found = (await messages('It has no side effects and is 100% safe.')).sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
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
      { rule: 'british-spelling', fatal: true, reason: 'Use British spelling: "randomised", not "randomized".', column: 3 },
    ]);
  });
});
