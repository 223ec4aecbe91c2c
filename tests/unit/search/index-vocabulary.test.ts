import { describe, expect, it } from 'vitest';
import { indexedWords, vocabularyOf } from '../../../src/features/search/index-vocabulary';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { bareStem } from '../../../src/language/query-words';

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

  it('leaves out words marked as another language: they are indexed, but no word to mend a query to', () => {
    const html = page('<p>Revisó 11 estudios: <cite lang="en">Systematic review</cite>.</p>', 'es');
    expect(indexedWords(html)?.words).toEqual(['revisó', '11', 'estudios']);
  });

  it('skips pages outside search', () => {
    expect(indexedWords('<html lang="en"><body><p>Search</p></body></html>')).toBeUndefined();
  });
});

const english = await QUERY_LANGUAGES.en();
describe('vocabularyOf', () => {
  const stemOf = (word: string) => bareStem(word, english);

  it('puts the words most pages use first, leaves out forms a letter or two from a commoner one, and keeps the American spellings it can mend', () => {
    const vocabulary = vocabularyOf(
      [
        ['scalp', 'colour', 'swelling', 'itchy'],
        ['scalp', 'anaesthetic', 'swellings', 'itchiness'],
        ['scalp', 'colour', 'swelling', 'itchy'],
      ],
      'en',
      stemOf,
    );
    // "swellings" is one letter from "swelling"; "itchiness" is further from "itchy" (the same stem), so it stays.
    expect(vocabulary.words).toEqual(['scalp', 'colour', 'itchy', 'swelling', 'anaesthetic', 'itchiness']);
    expect(vocabulary.spellings).toMatchObject({ color: 'colour', anesthetic: 'anaesthetic' });
    expect(Object.values(vocabulary.spellings).every((british) => vocabulary.words.includes(british))).toBe(true);
  });

  it('mends no spellings in other languages', () => {
    expect(vocabularyOf([['color']], 'es', (word) => word).spellings).toEqual({});
  });
});
