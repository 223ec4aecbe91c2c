// Where a word may be cut into two (compound-words.ts): the splits splitCompound tries, and those whose second part
// vocabularyFor loads a shard for.
import { describe, expect, it } from 'vitest';
import { twoWordSplits } from '../../../src/features/search/compound-words';

describe('twoWordSplits', () => {
  it('reads a word as two in every way that leaves three letters or more on each side', () => {
    expect(twoWordSplits('hairloss')).toEqual([
      ['hai', 'rloss'],
      ['hair', 'loss'],
      ['hairl', 'oss'],
    ]);
    expect(twoWordSplits('scalp')).toEqual([]);
  });
});
