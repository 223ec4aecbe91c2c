import { describe, expect, it } from 'vitest';
import { perCountry, perEntry, perLocale } from '../../../src/site/static-paths';

describe('perCountry', () => {
  it('repeats every page for each country: the code in the address in lower case, the region in capitals', () => {
    expect(perCountry(perLocale(), ['GB', 'IE'])).toEqual([
      { params: { lang: undefined, country: 'gb' }, props: { locale: 'en', region: 'GB' } },
      { params: { lang: 'es', country: 'gb' }, props: { locale: 'es', region: 'GB' } },
      { params: { lang: undefined, country: 'ie' }, props: { locale: 'en', region: 'IE' } },
      { params: { lang: 'es', country: 'ie' }, props: { locale: 'es', region: 'IE' } },
    ]);
  });

  it('keeps each page’s own params and props', () => {
    const entry = { id: 'es/is-it-painful' };
    expect(perCountry(perEntry([entry]), ['US'])).toEqual([
      { params: { lang: 'es', slug: 'is-it-painful', country: 'us' }, props: { locale: 'es', entry, region: 'US' } },
    ]);
  });
});
