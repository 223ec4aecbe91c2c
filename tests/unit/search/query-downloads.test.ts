// What a query downloads beyond Pagefind: nothing when the results show every word as typed (runTypedQuery), else only
// the vocabulary's shards its words are filed under (vocabularyFor).
import { describe, expect, it } from 'vitest';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { prepareVocabulary, shardVocabulary, vocabularyShard } from '../../../src/features/search/query-vocabulary';
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
  const shards = shardVocabulary({ words: WORDS, spellings: { anesthetic: 'anaesthetic' } }, english);
  const loaded: string[][] = [];
  const vocabularyOf = async (words: readonly string[]) => {
    const keys = [...new Set(words.map((word) => vocabularyShard(word, english)))];
    loaded.push(keys);
    const parts = keys.flatMap((key) => (shards.has(key) ? [shards.get(key)!] : []));
    return prepareVocabulary(
      {
        words: parts.flatMap((part) => part.words),
        spellings: Object.assign({}, ...parts.map((part) => part.spellings)),
      },
      english,
    );
  };

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

  it('mends a query with the shards of its words only', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('bruseing scalp', english, vocabularyOf);
    expect(rewriteQuery('bruseing scalp', vocabulary!).words).toEqual(['bruising', 'scalp']);
    expect(loaded).toEqual([['b', 's']]);
  });

  it('loads no shard for function words, and still joins one to the index word after it', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('what about hair after care', english, vocabularyOf);
    expect(rewriteQuery('what about hair after care', vocabulary!).words).toEqual([
      'what',
      'about',
      'hair',
      'aftercare',
    ]);
    expect(loaded).toEqual([['h', 'c']]);
  });

  it('loads the shards of function words when a query has nothing else', async () => {
    loaded.length = 0;
    await vocabularyFor('what is it', english, vocabularyOf);
    expect(loaded[0]).toEqual(['w', 'i']);
  });

  it('loads the shards of a second word when a word may be two typed as one', async () => {
    loaded.length = 0;
    const vocabulary = await vocabularyFor('hairloss', english, vocabularyOf);
    expect(rewriteQuery('hairloss', vocabulary!).words).toEqual(['hair', 'loss']);
    expect(loaded[0]).toEqual(['h']);
    expect(loaded[1]).toContain('l');
  });
});
