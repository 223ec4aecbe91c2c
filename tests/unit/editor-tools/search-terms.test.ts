import { describe, expect, it } from 'vitest';
import { searchTermsProblems } from '../../../src/editor-tools/lint-rules/search-terms';

describe('searchTermsProblems', () => {
  it('accepts lower-case British words the title does not have', async () => {
    expect(await searchTermsProblems(['purple marks', 'black and blue', 'colour'], 'Bruising', 'en')).toEqual([]);
  });

  it('names capitals, repeats, title words and American spellings, with the fix', async () => {
    const problems = await searchTermsProblems(['Purple', 'purple', 'bruises', 'color'], 'Bruising', 'en');
    expect(problems).toEqual([
      expect.stringContaining('"Purple" has capital letters'),
      expect.stringContaining('"purple" is listed twice'),
      expect.stringContaining('"bruises" is already in the title'),
      expect.stringContaining('write "colour", not "color"'),
    ]);
  });

  it('accepts a phrase that adds a word to the title', async () => {
    expect(await searchTermsProblems(['bruising after injections'], 'Bruising', 'en')).toEqual([]);
  });

  it('reads Spanish terms with the Spanish stemmer and no English spelling', async () => {
    expect(await searchTermsProblems(['color', 'favor', 'moratones'], 'Hematoma', 'es')).toEqual([]);
    expect(await searchTermsProblems(['caida', 'caídas del pelo'], 'Caída del cabello', 'es')).toEqual([
      expect.stringContaining('"caida" is already in the title'),
    ]);
  });
});
