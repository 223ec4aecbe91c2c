// The query rules together, from a word's forms (query-words.ts) to a whole query (run-query.ts), on one small vocabulary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { britishSpelling } from '../../../src/features/search/british-spelling';
import { splitCompound } from '../../../src/features/search/compound-words';
import { isKnown, prepareVocabulary } from '../../../src/features/search/query-vocabulary';
import { bareStem, withoutAccents, wordsOf } from '../../../src/language/query-words';
import { mergeAnyWord, relaxations } from '../../../src/features/search/relax-query';
import { rewriteQuery } from '../../../src/features/search/rewrite-query';
import { runAsTyped } from '../../../src/features/search/run-query';
import { runQuery } from '../../../src/features/search/mend-query';
import { closestWord, editDistance } from '../../../src/features/search/spelling-correction';

const english = await QUERY_LANGUAGES.en();
// A small index vocabulary, commonest first, as the build writes it.
const WORDS = [
  'hair',
  'loss',
  'mesotherapy',
  'scalp',
  'bruising',
  'swelling',
  'allergic',
  'pregnant',
  'abscess',
  'minoxidil',
  'itching',
  'anaesthetic',
  'randomised',
  'colour',
  'aftercare',
  'after',
  'care',
  'the',
  'is',
  'it',
  'painful',
  'hairline',
  'tumour',
  'skin',
  'skincare',
];
const vocabulary = prepareVocabulary({ words: WORDS, spellings: { anesthetic: 'anaesthetic' } }, english);

describe('wordsOf', () => {
  it('lower-cases, drops apostrophes and splits at anything but letters and digits', () => {
    expect(wordsOf("Can't I wash my HAIR-care, 2 days?")).toEqual([
      'cant',
      'i',
      'wash',
      'my',
      'hair',
      'care',
      '2',
      'days',
    ]);
  });
});

describe('isKnown', () => {
  it('knows index words, other forms of them, and the start of one being typed', () => {
    expect(isKnown('bruising', vocabulary)).toBe(true);
    expect(isKnown('swellings', vocabulary)).toBe(true);
    expect(isKnown('minox', vocabulary)).toBe(true);
    expect(isKnown('bruseing', vocabulary)).toBe(false);
    expect(isKnown('mi', vocabulary)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and gives up past the limit', () => {
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(editDistance('bruseing', 'bruising', 2)).toBe(2);
    expect(editDistance('til', 'it', 1)).toBe(Infinity);
  });

  it('is symmetric and zero only for equal words (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeh'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b, 16)).toBe(editDistance(b, a, 16));
        expect(editDistance(a, b, 16) === 0).toBe(a === b);
      }),
    );
  });
});

describe('spelling correction', () => {
  it.each([
    ['mesotherpy', 'mesotherapy'],
    ['bruseing', 'bruising'],
    ['sweling', 'swelling'],
    ['alergic', 'allergic'],
    ['pregnent', 'pregnant'],
    ['abcess', 'abscess'],
    ['minoxidill', 'minoxidil'],
  ])('%s → %s', (typo, word) => {
    expect(closestWord(typo, vocabulary)).toBe(word);
  });

  it('leaves words with nothing close, numbers and very short words alone', () => {
    expect(closestWord('kangaroo', vocabulary)).toBeUndefined();
    expect(closestWord('999', vocabulary)).toBeUndefined();
    expect(closestWord('xq', vocabulary)).toBeUndefined();
  });

  it('never turns a word the index has into another word (property)', () => {
    fc.assert(
      fc.property(fc.subarray(WORDS, { minLength: 1 }), (words) => {
        const query = words.join(' ');
        const rewrite = rewriteQuery(query, vocabulary);
        expect(rewrite.changes.filter((change) => change.rule === 'spelling')).toEqual([]);
        expect(rewrite.unmatched).toEqual([]);
      }),
    );
  });
});

describe('British spellings', () => {
  it('uses the word list, then the regular changes, but only for words the index has', () => {
    expect(britishSpelling('anesthetic', vocabulary)).toBe('anaesthetic');
    expect(britishSpelling('randomized', vocabulary)).toBe('randomised');
    expect(britishSpelling('color', vocabulary)).toBe('colour');
    expect(britishSpelling('tumor', vocabulary)).toBe('tumour');
    expect(britishSpelling('realized', vocabulary)).toBeUndefined();
  });

  it('say what changed', () => {
    expect(rewriteQuery('Randomized trial', vocabulary).changes).toEqual([
      { from: 'randomized', to: 'randomised', rule: 'british' },
    ]);
  });
});

describe('compounds', () => {
  it('splits a word typed for two the index has', () => {
    expect(splitCompound('hairloss', vocabulary)).toEqual(['hair', 'loss']);
    expect(rewriteQuery('hairloss', vocabulary).words).toEqual(['hair', 'loss']);
  });

  it('joins two words into one the index has, when one of them alone means nothing', () => {
    expect(rewriteQuery('hair line', vocabulary).words).toEqual(['hairline']);
    // "after" is a function word, never searched alone.
    expect(rewriteQuery('after care', vocabulary).words).toEqual(['aftercare']);
    // Both are index words that mean something: the reader meant them as typed.
    expect(rewriteQuery('skin care', vocabulary).words).toEqual(['skin', 'care']);
    // A function word joins only an index word: "care" is one; "fection" is not, so it is left to be mended alone.
    const joining = prepareVocabulary({ words: ['infection', 'aftercare', 'care', 'scalp'], spellings: {} }, english);
    expect(rewriteQuery('after care', joining).words).toEqual(['aftercare']);
    expect(rewriteQuery('scalp in fection', joining).words).toEqual(['scalp', 'in', 'fection']);
  });
});

describe('relaxations', () => {
  it('drops unmatched words, then searches any word', () => {
    const rewrite = rewriteQuery('kangaroo scalp painful', vocabulary);
    expect(rewrite.unmatched).toEqual(['kangaroo']);
    expect(relaxations(rewrite)).toEqual([
      { kind: 'unmatched', words: ['scalp', 'painful'] },
      { kind: 'anyWord', words: ['scalp', 'painful'] },
    ]);
  });

  it('offers nothing for one known word', () => {
    expect(relaxations(rewriteQuery('scalp', vocabulary))).toEqual([]);
  });

  it('never offers an empty query and only ever removes words (property)', () => {
    const word = fc.constantFrom(...WORDS, 'kangaroo', 'zebra', 'how', 'my');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const rewrite = rewriteQuery(words.join(' '), vocabulary);
        for (const step of relaxations(rewrite)) {
          expect(step.words.length).toBeGreaterThan(0);
          for (const kept of step.words) expect(rewrite.words).toContain(kept);
        }
      }),
    );
  });
});

describe('mergeAnyWord', () => {
  it('orders pages by their summed scores, not by how many of the words they have', () => {
    // "b" is about one rare word (a high score); "a" has both words, each in passing.
    const a = { id: 'a', score: 1 };
    const b = { id: 'b', score: 5 };
    const c = { id: 'c', score: 2 };
    expect(
      mergeAnyWord([
        [a, b],
        [a, c],
      ]).map((result) => result.id),
    ).toEqual(['b', 'a', 'c']);
    // Scores add up: two middling matches outrank one better one.
    expect(
      mergeAnyWord([
        [
          { id: 'both', score: 2 },
          { id: 'one', score: 3 },
        ],
        [{ id: 'both', score: 2 }],
      ]).map((result) => result.id),
    ).toEqual(['both', 'one']);
  });
});

describe('runQuery', () => {
  // A fake index: each page is a set of words; a search needs them all, as Pagefind does.
  const pages: Record<string, string[]> = {
    bruising: ['bruising', 'scalp', 'hair'],
    swelling: ['swelling', 'scalp'],
    pain: ['is', 'it', 'painful', 'scalp'],
  };
  const search = async (words: string) =>
    Object.entries(pages)
      .filter(([, has]) => wordsOf(words).every((word) => has.some((candidate) => candidate.startsWith(word))))
      .map(([id]) => ({ id, score: 1 }));

  it('searches the mended words and says what changed', async () => {
    const outcome = await runQuery('bruseing', vocabulary, search);
    expect(outcome.results.map((result) => result.id)).toEqual(['bruising']);
    expect(outcome.searched).toBe('bruising');
    expect(outcome.changes).toEqual([{ from: 'bruseing', to: 'bruising', rule: 'spelling' }]);
  });

  it('leaves out a word no page has, and says so', async () => {
    const outcome = await runQuery('kangaroo swelling', vocabulary, search);
    expect(outcome.results.map((result) => result.id)).toEqual(['swelling']);
    expect(outcome.leftOut).toEqual(['kangaroo']);
    expect(outcome.exactSearch).toBe('swelling');
  });

  it('keeps pages with every word first, then pages with some', async () => {
    const outcome = await runQuery('bruising scalp swelling', vocabulary, search);
    expect(outcome.loosened).toBe(true);
    expect(outcome.results.map((result) => result.id).sort()).toEqual(['bruising', 'pain', 'swelling']);
    // Merged from one search per word: no single search's filter counts describe them.
    expect(outcome.exactSearch).toBeUndefined();
  });

  it('finds nothing when no word means anything to the index', async () => {
    expect((await runQuery('kangaroo zebra', vocabulary, search)).results).toEqual([]);
  });

  it('searches the words as typed without a vocabulary', async () => {
    const outcome = await runAsTyped('bruseing', search);
    expect(outcome).toEqual({
      results: [],
      searched: 'bruseing',
      changes: [],
      leftOut: [],
      loosened: false,
      exactSearch: 'bruseing',
    });
  });
});

const spanish = await QUERY_LANGUAGES.es();
describe('accents and Spanish', () => {
  const palabras = prepareVocabulary(
    { words: ['pelo', 'moratón', 'hinchazón', 'caída', 'color', 'cabello', 'cómo'], spellings: {} },
    spanish,
  );

  it('compares words without accents, as Pagefind does, and corrects to the index’s own spelling', () => {
    expect(withoutAccents('Hinchazón caída niño')).toBe('Hinchazon caida nino');
    expect(isKnown('caida', palabras)).toBe(true);
    expect(isKnown('moratones', palabras)).toBe(true);
    expect(closestWord('moreton', palabras)).toBe('moratón');
    expect(rewriteQuery('hinchazon', palabras).changes).toEqual([]);
  });

  it('joins no function word to a word it would only inflect: "mesoterapia es" is no "mesoterapiaes"', () => {
    const vocabulario = prepareVocabulary({ words: ['mesoterapia', 'mejor', 'es', 'o'], spellings: {} }, spanish);
    // The stemmer reads "mesoterapiaes" as a plural of "mesoterapia", and "mejoro" as a form of "mejor".
    expect(bareStem('mesoterapiaes', spanish)).toBe(bareStem('mesoterapia', spanish));
    expect(rewriteQuery('la mesoterapia es mejor o peor', vocabulario).changes).toEqual([]);
  });

  it('never mends Spanish words to British spellings', () => {
    expect(britishSpelling('color', palabras)).toBeUndefined();
    expect(rewriteQuery('colores', palabras).changes).toEqual([]);
  });

  it('never searches Spanish function words, typed with or without accents', async () => {
    const searched: string[] = [];
    const search = async (words: string) => (searched.push(words), [{ id: 'a', score: 1 }]);
    expect((await runQuery('como cabello', palabras, search)).searched).toBe('cabello');
    expect((await runQuery('cómo cabello', palabras, search)).searched).toBe('cabello');
    expect(searched).toEqual(['cabello', 'cabello']);
  });
});
