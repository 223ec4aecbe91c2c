import { describe, expect, it } from 'vitest';
import {
  addsToExcerpt,
  excerptParts,
  readableExcerpt,
  resultCountText,
  searchCollectionOf,
  searchStateFromUrl,
  searchUrl,
  shapeResult,
  type PagefindResultData,
} from '../../../src/features/search/search';
import { en } from '../../../src/i18n/en';
import { fillTemplate } from '../../../src/i18n/fill-template';

describe('searchCollectionOf', () => {
  it.each([
    ['/guides/what-is-capillary-mesotherapy/', 'guides'],
    ['/faqs/', 'faqs'],
    ['/faqs/is-it-painful/', 'faqs'],
    ['/side-effects/bruising/', 'sideEffects'],
    ['/side-effects/', 'sideEffects'],
    ['/conditions/telogen-effluvium/', 'conditions'],
    ['/glossary/', 'glossary'],
    ['/glossary/#anagen', 'glossary'],
    ['/faqs/?highlight=pain#is-it-painful', 'faqs'],
    ['/', 'pages'],
    ['/about/', 'pages'],
    ['/sources/', 'pages'],
  ])('%s is filed under %s', (path, collection) => {
    expect(searchCollectionOf(path)).toBe(collection);
  });

  it('every collection has a label in the dictionary', () => {
    for (const path of ['/guides/x/', '/faqs/', '/side-effects/', '/conditions/', '/glossary/', '/']) {
      expect(en.collections[searchCollectionOf(path)]).toBeTruthy();
    }
  });
});

describe('search state in the URL', () => {
  it('reads the query and known collections, ignoring unknown ones and repeats', () => {
    expect(searchStateFromUrl('/search/?q=+bruising+&collection=sideEffects&collection=nonsense&collection=sideEffects')).toEqual({
      query: 'bruising',
      collections: ['sideEffects'],
    });
  });

  it('reads an empty search from a bare URL', () => {
    expect(searchStateFromUrl('http://127.0.0.1:4321/search/')).toEqual({ query: '', collections: [] });
  });

  it('writes the query and collections, keeping the path and other parameters', () => {
    expect(searchUrl('http://127.0.0.1/search/?lang=x', { query: 'hair loss', collections: ['faqs', 'guides'] })).toBe(
      '/search/?lang=x&q=hair+loss&collection=faqs&collection=guides',
    );
  });

  it('drops the query parameter when the box is emptied', () => {
    expect(searchUrl('/search/?q=pain&collection=faqs', { query: '  ', collections: [] })).toBe('/search/');
  });

  it('round-trips', () => {
    const state = { query: 'is it “painful” & safe?', collections: ['faqs' as const] };
    expect(searchStateFromUrl(searchUrl('/search/', state))).toEqual(state);
  });
});

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('Small <mark>bruises</mark> may <mark>appear</mark>.')).toEqual([
      { text: 'Small ', marked: false },
      { text: 'bruises', marked: true },
      { text: ' may ', marked: false },
      { text: 'appear', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities instead of passing HTML through', () => {
    expect(excerptParts('a &lt;script&gt; &amp; <mark>&quot;pain&quot;</mark> &#39;x&#x27;')).toEqual([
      { text: 'a <script> & ', marked: false },
      { text: '"pain"', marked: true },
      { text: " 'x'", marked: false },
    ]);
  });

  it('joins neighbouring marks and leaves unknown entities alone', () => {
    expect(excerptParts('<mark>hair</mark><mark> loss</mark> &madeup;')).toEqual([
      { text: 'hair loss', marked: true },
      { text: ' &madeup;', marked: false },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('shapeResult', () => {
  const data: PagefindResultData = {
    url: '/faqs/?highlight=pain',
    excerpt: 'Is it <mark>painful</mark>?',
    content: 'Is it painful? Most people feel a sting. Bruising may follow. Washing can wait. Sessions are weekly.',
    meta: { title: ' Questions ' },
    filters: { collection: ['faqs'] },
    sub_results: [
      { title: 'Questions', url: '/faqs/?highlight=pain', excerpt: 'intro' },
      { title: 'Questions', url: '/faqs/?highlight=pain#top', excerpt: 'x', anchor: { element: 'h1', id: 'top' } },
      { title: 'Is it painful?', url: '/faqs/?highlight=pain#is-it-painful', excerpt: '<mark>painful</mark>', anchor: { element: 'h3', id: 'is-it-painful' } },
      { title: 'B', url: '/faqs/#b', excerpt: 'Bruising may follow.', anchor: { element: 'h3', id: 'b' } },
      { title: 'Again', url: '/faqs/#again', excerpt: 'Is it painful?', anchor: { element: 'h3', id: 'again' } },
      { title: 'C', url: '/faqs/#c', excerpt: 'Washing can wait.', anchor: { element: 'h3', id: 'c' } },
      { title: 'D', url: '/faqs/#d', excerpt: 'Sessions are weekly.', anchor: { element: 'h3', id: 'd' } },
    ],
  };

  it('keeps title, collection and excerpt, and only heading sub-results that add to the excerpt, at most three', () => {
    const result = shapeResult(data);
    expect(result.title).toBe('Questions');
    expect(result.collection).toBe('faqs');
    expect(result.excerpt).toEqual([{ text: 'Is it ', marked: false }, { text: 'painful', marked: true }, { text: '?', marked: false }]);
    // The two sections that only repeat "Is it painful?" are left out.
    expect(result.subResults.map((sub) => sub.url)).toEqual(['/faqs/#b', '/faqs/#c', '/faqs/#d']);
  });

  it('falls back to the URL for a page without a collection filter or title', () => {
    const result = shapeResult({ ...data, url: '/side-effects/bruising/', meta: {}, filters: {}, sub_results: [] });
    expect(result.collection).toBe('sideEffects');
    expect(result.title).toBe('/side-effects/bruising/');
  });
});

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

describe('readableExcerpt', () => {
  const content = 'Bruises may appear. A small bruise where the needle went in is common, and it fades within days. See a GP if it spreads.';
  const parts = (text: string) => excerptParts(text);
  const plain = (result: Array<{ text: string }>) => result.map((part) => part.text).join('');

  it('starts at the sentence before the first marked word', () => {
    const excerpt = parts('appear. A small <mark>bruise</mark> where the needle went in is common, and it fades within days.');
    expect(plain(readableExcerpt(excerpt, content))).toBe('A small bruise where the needle went in is common, and it fades within days.');
  });

  it('marks with "…" an excerpt that starts mid-sentence with no sentence start before the mark', () => {
    const excerpt = parts('small <mark>bruise</mark> where the needle went in is common, and it fades within days.');
    expect(plain(readableExcerpt(excerpt, content))).toBe('…small bruise where the needle went in is common, and it fades within days.');
  });

  it('keeps an excerpt that starts the page or a sentence, and ends one cut mid-sentence with "…"', () => {
    expect(plain(readableExcerpt(parts('<mark>Bruises</mark> may appear. A small bruise'), content))).toBe('Bruises may appear. A small bruise…');
    expect(plain(readableExcerpt(parts('See a GP if it <mark>spreads</mark>.'), content))).toBe('See a GP if it spreads.');
  });
});

describe('addsToExcerpt', () => {
  it('keeps a section that shows new words and drops one that repeats the main excerpt', () => {
    const main = excerptParts('A small <mark>bruise</mark> is common.');
    expect(addsToExcerpt(main, excerptParts('Press gently on a <mark>bruise</mark> with a cold pack.'))).toBe(true);
    expect(addsToExcerpt(main, excerptParts('A small <mark>bruise</mark>.'))).toBe(false);
    expect(addsToExcerpt(main, [])).toBe(false);
  });
});
