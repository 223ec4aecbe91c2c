import { describe, expect, it } from 'vitest';
import { searchStateFromUrl, searchUrl } from '../../../src/features/search/search-state';

describe('search state in the URL', () => {
  it('reads the query and known collections, ignoring unknown ones and repeats', () => {
    expect(
      searchStateFromUrl('/search/?q=+bruising+&collection=sideEffects&collection=nonsense&collection=sideEffects'),
    ).toEqual({
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
