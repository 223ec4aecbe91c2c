import { describe, expect, it } from 'vitest';
import { browserStrings, type WordModules } from '../../../src/i18n/browser-strings';
import { LOCALES } from '../../../src/language/locales';
import { ui } from '../../../src/i18n';
import type { SearchWords } from '../../../src/i18n/en/search';

const modules = import.meta.glob<{ default: Record<string, unknown> }>('../../../src/i18n/*/*.ts');
const features = [...new Set(Object.keys(modules).map((path) => path.split('/').at(-1)!.replace(/\.ts$/, '')))];
/** A feature's modules by language, as its script lists them. */
const ofFeature = (feature: string) =>
  Object.fromEntries(
    LOCALES.map((locale) => {
      const load = modules[`../../../src/i18n/${locale}/${feature}.ts`];
      if (!load) throw new Error(`No ${feature} words for "${locale}": add src/i18n/${locale}/${feature}.ts.`);
      return [locale, load];
    }),
  ) as WordModules<Record<string, unknown>>;

/** The shape of a dictionary part: its keys, all the way down. */
const shape = (value: unknown): unknown =>
  value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
    : typeof value;

describe('browserStrings', () => {
  it.each(features)('every language has the %s words, with the same keys as English', async (feature) => {
    const english = await browserStrings(ofFeature(feature), 'en');
    for (const locale of LOCALES)
      expect(shape(await browserStrings(ofFeature(feature), locale))).toEqual(shape(english));
  });

  it('gives a page the same words as the dictionary', async () => {
    const search = await browserStrings(ofFeature('search'), 'en');
    expect(search.search).toBe(ui('en').search);
  });

  it('wants every language’s module: a map that leaves one out does not type-check', () => {
    // @ts-expect-error: the Spanish words are missing.
    const englishOnly: WordModules<SearchWords> = { en: () => import('../../../src/i18n/en/search') };
    expect(Object.keys(englishOnly)).toEqual(['en']);
  });
});
