// What a query downloads beyond Pagefind: nothing when the results show every word as typed (runTypedQuery), else only
// the vocabulary's shards its words are filed under (vocabularyFor).
import { describe, expect, it } from 'vitest';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { prepareVocabulary, shardVocabulary, vocabularyShard } from '../../../src/features/search/query-vocabulary';
import { SHARD_NAMES } from '../../../src/features/search/pagefind-index';
import { rewriteQuery } from '../../../src/features/search/rewrite-query';
import { knownFromText, runTypedQuery } from '../../../src/features/search/run-query';
import { vocabularyFor } from '../../../src/features/search/mend-query';

const english = await QUERY_LANGUAGES.en();
const spanish = await QUERY_LANGUAGES.es();

describe('runTypedQuery (before the vocabulary is downloaded)', () => {
  const pages = ['bruising scalp', 'bruising hair', 'bruising swelling', 'bruising pain', 'bruising itching'];
  const results = pages.map((_, index) => ({ id: String(index), score: 1 }));
  const search = async () => results;
  const texts = async () => pages;

  it('keeps the words as typed when the results show each of them (or another form, or a longer word)', async () => {
    expect(knownFromText(['bruises', 'scal'], pages, english)).toBe(true);
    const outcome = await runTypedQuery('Bruises', english, search, texts);
    expect(outcome).toEqual({
      results,
      searched: 'bruises',
      changes: [],
      leftOut: [],
      loosened: false,
      exactSearch: 'bruises',
    });
  });

  it('needs the vocabulary when a word is not in the results, or nothing is found', async () => {
    expect(knownFromText(['bruseing'], pages, english)).toBe(false);
    expect(await runTypedQuery('bruseing', english, search, texts)).toBeUndefined();
    expect(await runTypedQuery('bruising', english, async () => [], texts)).toBeUndefined();
  });

  it('needs no text to tell that a word of several is unknown: alone it finds nothing', async () => {
    const read: string[] = [];
    const search = async (words: string) => (words === 'bruseing' ? [] : results);
    const reading = async () => (read.push('text'), pages);
    expect(await runTypedQuery('scalp bruseing', english, search, reading)).toBeUndefined();
    expect(read).toEqual([]);
  });

  it('relaxes a query of known words that finds few pages, as with the vocabulary', async () => {
    // "bruising" and "itching" are on five pages each, together on one: pages with either follow it.
    const byWord: Record<string, typeof results> = {
      'bruising itching': results.slice(4),
      bruising: results,
      itching: [results[4]!, { id: 'itch-only', score: 1 }],
    };
    const outcome = await runTypedQuery('bruising and itching', english, async (words) => byWord[words] ?? [], texts);
    expect(outcome?.searched).toBe('bruising itching');
    expect(outcome?.loosened).toBe(true);
    expect(outcome?.results.map((result) => result.id)).toEqual(['4', '0', '1', '2', '3', 'itch-only']);
  });
});

describe('the vocabulary in shards', () => {
  const WORDS = [
    'hair',
    'loss',
    'scalp',
    'bruising',
    'hairline',
    'anaesthetic',
    'swelling',
    'aftercare',
    'care',
    'infection',
  ];
  const data = { words: WORDS, spellings: { anesthetic: 'anaesthetic' } };
  const shards = shardVocabulary(data, english);
  const shards2 = shardVocabulary(data, english, 2);
  const loaded: string[][] = [];
  const vocabularyOf = async (keys: readonly string[]) => {
    const unique = [...new Set(keys)];
    loaded.push(unique);
    const parts = unique.flatMap((key) => {
      const shard = (key.length === 1 ? shards : shards2).get(key);
      return shard ? [shard] : [];
    });
    return prepareVocabulary(
      {
        words: parts.flatMap((part) => part.words),
        spellings: Object.assign({}, ...parts.map((part) => part.spellings)),
      },
      english,
    );
  };
  // Pagefind finds pages for every word alone, except these (it may find some for a misspelling too).
  const unfound = new Set(['bruseing', 'kangaroo']);
  const search = async (words: string) => (unfound.has(words) ? [] : [{ id: words, score: 1 }]);

  it('files each word under its first letter, in Spanish as it sounds, with the American spellings it mends', () => {
    expect(shards.get('h')?.words).toEqual(['hair', 'hairline']);
    expect(shards.get('a')?.spellings).toEqual({ anesthetic: 'anaesthetic' });
    // "aftercare" is "after" (a function word) and "care" (an index word): filed under "c" too. "infection" is not
    // filed under "f": "fection" is no index word.
    expect(shards.get('c')?.words).toEqual(['aftercare', 'care']);
    expect(shards.get('f')).toBeUndefined();
    expect([...new Set([...shards.values()].flatMap((shard) => shard.words))].sort()).toEqual([...WORDS].sort());
    expect(vocabularyShard('Hinchazón', spanish)).toBe(vocabularyShard('inchason', spanish));
    expect(vocabularyShard('cabello', spanish)).toBe(vocabularyShard('kabeyo', spanish));
    expect(vocabularyShard('¿duele', english)).toBe('_');
  });

  it('files words under their first two letters too: a small file that tells whether the index knows a word', () => {
    expect(shards2.get('ha')?.words).toEqual(['hair', 'hairline']);
    expect(shards2.get('ca')?.words).toEqual(['aftercare', 'care']);
    expect(shards2.get('an')?.spellings).toEqual({ anesthetic: 'anaesthetic' });
    expect([...new Set([...shards2.values()].flatMap((shard) => shard.words))].sort()).toEqual([...WORDS].sort());
    // By two letters as spelt: whether the index knows a word is a matter of spelling.
    expect(vocabularyShard('Hinchazón', spanish, 2)).toBe('hi');
    // Not two letters a to z: the one-letter shard.
    expect(vocabularyShard('a', english, 2)).toBe('a');
    expect(vocabularyShard('2023', english, 2)).toBe('2');
    expect(vocabularyShard('ñame', spanish, 2)).toBe('na');
  });

  it('has a file for every shard a word can be filed under, so a fetch never meets the site’s 404 page', () => {
    const words = ['árbol', 'ñu', 'x', '2023', '¿qué', 'zz', 'hinchazón', 'über', 'qué'];
    for (const language of [english, spanish])
      for (const letters of [1, 2] as const) {
        const keys = [...shardVocabulary({ words, spellings: {} }, language, letters).keys()];
        expect(keys.filter((key) => !SHARD_NAMES.includes(key))).toEqual([]);
        expect(keys.every((key) => key.length === letters)).toBe(true);
      }
  });

  it('tells known words by their two-letter shards, and mends a word no page has alone from its whole letter', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('bruseing scalp', english, vocabularyOf, search);
    expect(rewriteQuery('bruseing scalp', vocabulary!).words).toEqual(['bruising', 'scalp']);
    expect(loaded).toEqual([['b', 'sc']]);
  });

  it('loads the whole letter of a word its two-letter shard does not know, though pages have it alone', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('scalp brusing', english, vocabularyOf, search);
    expect(rewriteQuery('scalp brusing', vocabulary!).words).toEqual(['scalp', 'bruising']);
    expect(loaded).toEqual([
      ['sc', 'br'],
      ['sc', 'br', 'b'],
    ]);
  });

  it('mends the only word of a query from its whole letter at once: the results did not show it', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('brusing', english, vocabularyOf, search);
    expect(rewriteQuery('brusing', vocabulary!).words).toEqual(['bruising']);
    expect(loaded).toEqual([['b']]);
  });

  it('loads no shard for function words, and still joins one to the index word after it', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('what about hair after care', english, vocabularyOf, search);
    expect(rewriteQuery('what about hair after care', vocabulary!).words).toEqual([
      'what',
      'about',
      'hair',
      'aftercare',
    ]);
    expect(loaded).toEqual([['ha', 'ca']]);
  });

  it('loads the shards of function words when a query has nothing else', async () => {
    loaded.length = 0;
    await vocabularyFor('what is it', english, vocabularyOf, search);
    expect(loaded).toEqual([['wh', 'is', 'it']]);
  });

  it('loads the two-letter shards a second word may be in, when a word may be two typed as one', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('hairloss', english, vocabularyOf, search);
    expect(rewriteQuery('hairloss', vocabulary!).words).toEqual(['hair', 'loss']);
    expect(loaded).toEqual([['h'], ['h', 'lo']]);
  });
});
