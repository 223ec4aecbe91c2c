import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../../src/features/search/pagefind-api';
import { shapeResult } from '../../../src/features/search/search-result';

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
      {
        title: 'Is it painful?',
        url: '/faqs/?highlight=pain#is-it-painful',
        excerpt: '<mark>painful</mark>',
        anchor: { element: 'h3', id: 'is-it-painful' },
      },
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
    expect(result.excerpt).toEqual([
      { text: 'Is it ', marked: false },
      { text: 'painful', marked: true },
      { text: '?', marked: false },
    ]);
    // The two sections that only repeat "Is it painful?" are left out.
    expect(result.subResults.map((sub) => sub.url)).toEqual(['/faqs/#b', '/faqs/#c', '/faqs/#d']);
  });

  it('falls back to the URL for a page without a collection filter or title', () => {
    const result = shapeResult({ ...data, url: '/side-effects/bruising/', meta: {}, filters: {}, sub_results: [] });
    expect(result.collection).toBe('sideEffects');
    expect(result.title).toBe('/side-effects/bruising/');
  });
});
