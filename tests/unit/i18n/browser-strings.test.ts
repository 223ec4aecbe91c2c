import { describe, expect, it } from 'vitest';
import { browserStrings } from '../../../src/i18n/browser-strings';
import { LOCALES } from '../../../src/site/locales';
import { ui } from '../../../src/i18n';

const modules = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*/*.ts', { import: 'default' });
const features = [...new Set(Object.keys(modules).map((path) => path.split('/').at(-1)!.replace(/\.ts$/, '')))];
const ofFeature = (feature: string) => Object.fromEntries(Object.entries(modules).filter(([path]) => path.endsWith(`/${feature}.ts`)));

/** The shape of a dictionary part: its keys, all the way down. */
const shape = (value: unknown): unknown =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value;

describe('browserStrings', () => {
  it.each(features)('every language has the %s words, with the same keys as English', async (feature) => {
    const english = await browserStrings(ofFeature(feature), 'en');
    for (const locale of LOCALES) expect(shape(await browserStrings(ofFeature(feature), locale))).toEqual(shape(english));
  });

  it('gives a page the same words as the dictionary', async () => {
    const search = await browserStrings(ofFeature('search'), 'en');
    expect(search.search).toBe(ui('en').search);
  });

  it('names the missing folder when a language has no words for a feature', () => {
    expect(() => browserStrings(ofFeature('search'), 'fr' as never)).toThrow('add src/i18n/fr/ for this feature');
  });
});
