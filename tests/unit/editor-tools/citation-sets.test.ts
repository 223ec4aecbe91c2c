import { describe, expect, it } from 'vitest';
import { citationDifferences, type CitingPart } from '../../../src/editor-tools/lint-rules/citation-sets';

const parts = (...cites: string[][]): CitingPart[] =>
  cites.map((ids, index) => ({ line: index + 1, text: `part ${index + 1}`, cites: ids }));

describe('citationDifferences', () => {
  it('finds nothing when every part cites the same set, in any order and however often', () => {
    expect(citationDifferences(parts(['a', 'b'], [], ['c']), parts(['b', 'a', 'a'], [], ['c']))).toEqual([]);
  });
  it('names the missing and extra ids of each part that differs', () => {
    expect(citationDifferences(parts(['a'], ['b', 'c'], []), parts(['a'], ['b', 'd'], ['e']))).toEqual([
      { kind: 'part', index: 1, missing: ['c'], extra: ['d'] },
      { kind: 'part', index: 2, missing: [], extra: ['e'] },
    ]);
  });
  it('reports different counts once, at the first part that differs or the first extra part', () => {
    expect(citationDifferences(parts(['a'], ['b']), parts(['a'], [], ['b']))).toEqual([
      { kind: 'count', original: 2, translation: 3, firstDifferent: 1 },
    ]);
    expect(citationDifferences(parts(['a'], ['b'], ['c']), parts(['a'], ['b']))).toEqual([
      { kind: 'count', original: 3, translation: 2, firstDifferent: 2 },
    ]);
  });
});
