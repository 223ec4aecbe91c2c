import { describe, expect, it } from 'vitest';
import { indexedWords, vocabularyOf } from '../../../src/features/search/index-vocabulary';

const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><nav>Menu words</nav><article data-pagefind-body>${body}</article></body></html>`;

describe('indexedWords', () => {
  it('reads what Pagefind indexes: the body without ignored parts or code, plus metadata words', () => {
    const html = page(
      '<h1>Bruising</h1><p>Small bruises.</p><p data-pagefind-ignore>Reviewed</p><pre><code>{"@type":"FAQPage"}</code></pre>' +
        '<span hidden data-pagefind-meta="searchTerms[data-search-terms]" data-search-terms="purple marks, black-and-blue"></span><ul><li>One</li><li>Two</li></ul>',
    );
    expect(indexedWords(html)).toEqual({
      language: 'en',
      words: ['bruising', 'small', 'bruises', 'one', 'two', 'purple', 'marks', 'black', 'and', 'blue', 'blackandblue'],
    });
  });

  it('skips pages outside search', () => {
    expect(indexedWords('<html lang="en"><body><p>Search</p></body></html>')).toBeUndefined();
  });
});

describe('vocabularyOf', () => {
  it('puts the words most pages use first, and keeps the American spellings it can mend', () => {
    const vocabulary = vocabularyOf(
      [
        ['scalp', 'colour'],
        ['scalp', 'anaesthetic'],
        ['scalp', 'colour'],
      ],
      'en',
    );
    expect(vocabulary.words).toEqual(['scalp', 'colour', 'anaesthetic']);
    expect(vocabulary.spellings).toMatchObject({ color: 'colour', anesthetic: 'anaesthetic' });
    expect(Object.values(vocabulary.spellings).every((british) => vocabulary.words.includes(british))).toBe(true);
  });

  it('mends no spellings in other languages', () => {
    expect(vocabularyOf([['color']], 'es').spellings).toEqual({});
  });
});
