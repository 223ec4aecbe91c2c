// Every page exists in every language, names its other languages as hreflang alternates, and links to them by name.
import { describe, expect, it } from 'vitest';
import { builtPages, isNotFoundPage } from '../support/browser.ts';
import { builtPage } from '../support/built-html.ts';
import { DEFAULT_LOCALE, inEveryLanguage, LOCALES, localeOf, ui } from '../support/languages.ts';

describe('every page in every language', () => {
  const pages = builtPages().filter((path) => !isNotFoundPage(path));
  const alternatesOf = (path: string) =>
    Object.fromEntries(
      builtPage(path)('link[rel="alternate"][hreflang]')
        .toArray()
        .map((link) => [link.attribs.hreflang, new URL(link.attribs.href!).pathname]),
    );

  it('exists in every language: each English page has its translations, and each translation its English page', () => {
    const missing = pages.flatMap((path) =>
      Object.values(inEveryLanguage(path))
        .filter((other) => !pages.includes(other))
        .map((other) => `${path} → ${other}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s names itself and its other languages as hreflang alternates, English as x-default', (path) => {
    expect(alternatesOf(path)).toEqual({
      ...inEveryLanguage(path),
      'x-default': inEveryLanguage(path)[DEFAULT_LOCALE],
    });
  });

  it.each(pages)('%s links to the same page in the other languages, each link named in its own language', (path) => {
    const locale = localeOf(path);
    const $ = builtPage(path);
    const links = $(`header nav[aria-label="${ui(locale).languageSwitchLabel}"] a`).toArray();
    const expected = LOCALES.filter((other) => other !== locale).map((other) => ({
      href: inEveryLanguage(path)[other],
      lang: other,
      hreflang: other,
      name: ui(other).languageName,
    }));
    expect(
      links.map((link) => ({
        href: link.attribs.href,
        lang: link.attribs.lang,
        hreflang: link.attribs.hreflang,
        name: $(link).text().trim(),
      })),
    ).toEqual(expected);
  });
});
