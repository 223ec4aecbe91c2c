import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationNumbers } from '../../../../src/components/mdx/citation-numbers';

describe('citationNumbers', () => {
  it('writes runs of three or more as a range and shorter runs one by one', () => {
    expect(citationNumbers([7])).toBe('7');
    expect(citationNumbers([7, 8])).toBe('7, 8');
    expect(citationNumbers([11, 7, 9, 8, 10])).toBe('7–11');
    expect(citationNumbers([3, 7, 8, 9, 12])).toBe('3, 7–9, 12');
    expect(citationNumbers([2, 2, 3])).toBe('2, 3');
  });

  it('every number cited appears in the text, and no other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }), (numbers) => {
        const expanded = citationNumbers(numbers)
          .split(', ')
          .flatMap((part) => {
            const [from, to] = part.split('–').map(Number) as [number, number?];
            return Array.from({ length: (to ?? from) - from + 1 }, (_, offset) => from + offset);
          });
        expect(expanded).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      }),
    );
  });
});
