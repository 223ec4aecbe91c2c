import { describe, expect, it } from 'vitest';
import { resultCountText } from '../../../src/features/search/result-count';
import { en } from '../../../src/i18n/en';
import { fillTemplate } from '../../../src/i18n/fill-template';

describe('result count sentence', () => {
  it.each([
    [0, 'No results for “xyz”.'],
    [1, '1 result for “xyz”'],
    [1234, '1,234 results for “xyz”'],
  ])('%i results', (count, sentence) => {
    expect(resultCountText('en', count, 'xyz', en.search)).toBe(sentence);
  });

  it('leaves unknown placeholders visible rather than printing "undefined"', () => {
    expect(fillTemplate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });
});
