import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { infleszBand, spanishReadability, spanishSyllables } from '../../../src/editor-tools/spanish-readability';

describe('spanishSyllables', () => {
  // Syllabifications as the RAE's Ortografía (2010) divides them.
  it.each([
    ['mesoterapia', 5], // me-so-te-ra-pia
    ['capilar', 3], // ca-pi-lar
    ['caída', 3], // ca-í-da: stressed í breaks the diphthong
    ['cabello', 3], // ca-be-llo
    ['tratamiento', 4], // tra-ta-mien-to
    ['día', 2], // dí-a
    ['río', 2], // rí-o
    ['país', 2], // pa-ís
    ['aéreo', 4], // a-é-re-o: strong vowels in hiatus
    ['poeta', 3], // po-e-ta
    ['leer', 2], // le-er
    ['ciudad', 2], // ciu-dad
    ['huevo', 2], // hue-vo
    ['buey', 1], // triphthong with final y
    ['averiguáis', 4], // a-ve-ri-guáis
    ['paraguas', 3], // pa-ra-guas
    ['queso', 2], // que-so: silent u
    ['guitarra', 3], // gui-ta-rra: silent u
    ['pingüino', 3], // pin-güi-no: sounded ü
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['prohibir', 2], // prohi-bir: h does not break the diphthong
    ['Alopecia', 4], // a-lo-pe-cia
    ['inyección', 3], // in-yec-ción
    ['minoxidil', 4], // mi-no-xi-dil
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it('counts at least one syllable in any word with letters, and never more than its vowels', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zñáéíóúü]{1,20}$/), (word) => {
        // A "y" can be a vowel ("muy", and after a stressed vowel its own syllable), so it counts towards the bound.
        const vowels = (word.match(/[aeiouáéíóúüy]/g) ?? []).length;
        const syllables = spanishSyllables(word);
        expect(syllables).toBeGreaterThanOrEqual(1);
        expect(syllables).toBeLessThanOrEqual(Math.max(vowels, 1));
      }),
    );
  });
});

describe('spanishReadability', () => {
  it('computes the Szigriszt-Pazos index: 206.835 − 62.3 × syllables/words − words/sentences', () => {
    // Worked by hand: 4 words, 8 syllables (el, ga-to, co-me, pes-ca-do), 1 sentence → 206.835 − 124.6 − 4.
    const result = spanishReadability('El gato come pescado.');
    expect(result).toMatchObject({ words: 4, syllables: 8, sentences: 1, band: 'bastante fácil' });
    expect(result?.score).toBeCloseTo(78.235, 3);
  });

  it('counts sentences at full stops, question and exclamation marks, and blank lines', () => {
    // 2 + 2 + 2 + 1 words; syllables: es(1) fá-cil(2) ¿due-le(2) mu-cho?(2) ¡no(1) mu-cho!(2) tí-tu-lo(3) = 13.
    const result = spanishReadability('Es fácil. ¿Duele mucho? ¡No mucho!\n\nTítulo');
    expect(result).toMatchObject({ words: 7, sentences: 4, syllables: 13 });
    expect(result?.score).toBeCloseTo(206.835 - (62.3 * 13) / 7 - 7 / 4, 6);
  });

  it('rates long words and long sentences as harder', () => {
    const plain = spanishReadability('Puede doler un poco. Suele pasar en unos días.')!;
    const hard = spanishReadability(
      'La administración intradérmica de principios activos farmacológicos presenta contraindicaciones específicas en determinadas circunstancias clínicas.',
    )!;
    expect(plain.score).toBeGreaterThan(hard.score);
    expect(hard.band).toBe('muy difícil');
  });

  it('has no score for a text without words', () => {
    expect(spanishReadability('12, 3 %')).toBeUndefined();
  });
});

describe('infleszBand', () => {
  it.each([
    [39.9, 'muy difícil'],
    [40, 'algo difícil'],
    [54.9, 'algo difícil'],
    [55, 'normal'],
    [65, 'bastante fácil'],
    [80, 'muy fácil'],
  ] as const)('%d is %s', (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});
