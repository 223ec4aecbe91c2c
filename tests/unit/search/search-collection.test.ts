import { describe, expect, it } from 'vitest';
import { searchCollectionOf } from '../../../src/features/search/search-collection';
import { en } from '../../../src/i18n/en';

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
