import { describe, expect, it } from 'vitest';
import {
  basePath,
  isLocale,
  langParam,
  localeFromParam,
  localeOfPath,
  localePath,
  openGraphLocale,
  splitEntryId,
  withBase,
  withoutBase,
} from '../../../src/language/locales';
import { absoluteUrl } from '../../../src/site/routes';
import { entryPath } from '../../../src/collections/urls';

describe('localePath', () => {
  it('puts English at the root with a trailing slash', () => {
    expect(localePath('en')).toBe('/');
    expect(localePath('en', 'faqs')).toBe('/faqs/');
    expect(localePath('en', '/faqs/pain/')).toBe('/faqs/pain/');
  });
  it('keeps file names without a trailing slash', () => {
    expect(localePath('en', 'api/faqs.json')).toBe('/api/faqs.json');
  });
});

describe('splitEntryId', () => {
  it('reads the language folder from a content id', () => {
    expect(splitEntryId('en/is-it-painful')).toEqual({ locale: 'en', slug: 'is-it-painful' });
  });
  it('explains how to fix a file outside a language folder', () => {
    expect(() => splitEntryId('is-it-painful')).toThrow(/content\/<collection>\/en\/is-it-painful/);
    expect(() => splitEntryId('fr/pain')).toThrow(/language folder/);
  });
});

describe('route params', () => {
  it('maps the default language to no URL prefix and back', () => {
    expect(langParam('en')).toBeUndefined();
    expect(localeFromParam(undefined)).toBe('en');
    expect(() => localeFromParam('xx')).toThrow(/Unknown language/);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
  });
});

describe('routes', () => {
  it('builds entry URLs', () => {
    expect(entryPath('en', 'sideEffects', 'bruising')).toBe('/side-effects/bruising/');
    expect(entryPath('en', 'pages', 'about')).toBe('/about/');
    expect(absoluteUrl('https://example.org', '/faqs/')).toBe('https://example.org/faqs/');
  });
});

describe('openGraphLocale', () => {
  it('gives each language with its region, the way Open Graph writes it', () => {
    expect(openGraphLocale('en')).toBe('en_GB');
  });
});

describe('basePath', () => {
  it('reads BASE_PATH the way it may be written', () => {
    for (const value of [undefined, '', '/', '//']) expect(basePath(value)).toBe('/');
    for (const value of ['guide', '/guide', 'guide/', '/guide/']) expect(basePath(value)).toBe('/guide/');
    expect(basePath('/a/b')).toBe('/a/b/');
  });
});

describe('withBase and withoutBase', () => {
  it('moves paths written from the site root under a subfolder address', () => {
    expect(withBase('/faqs/pain/', '/guide/')).toBe('/guide/faqs/pain/');
    expect(withBase('/', '/guide/')).toBe('/guide/');
    expect(withBase('/faqs/#top', '/')).toBe('/faqs/#top');
  });
  it('leaves other links alone', () => {
    for (const href of ['https://example.org/', '//cdn.example/x', '#top', 'faqs/', 'mailto:a@b.c']) {
      expect(withBase(href, '/guide/')).toBe(href);
    }
  });
  it('reads a page path back without the base', () => {
    expect(withoutBase('/guide/side-effects/bruising/', '/guide/')).toBe('/side-effects/bruising/');
    expect(withoutBase('/guide/', '/guide/')).toBe('/');
    expect(withoutBase('/faqs/', '/')).toBe('/faqs/');
    expect(withoutBase(withBase('/a/b/', '/x/y/'), '/x/y/')).toBe('/a/b/');
  });
});

describe('localeOfPath', () => {
  it('reads the language from the first folder only, under the base too', () => {
    expect(localeOfPath('/faqs/is-it-painful/')).toBe('en');
    expect(localeOfPath('/es/faqs/is-it-painful/')).toBe('es');
    expect(localeOfPath('/es/embed/country/gb/faq/')).toBe('es');
    expect(localeOfPath('/guide/es/faqs/', '/guide/')).toBe('es');
    expect(localeOfPath('/guide/', '/guide/')).toBe('en');
  });

  it('is not misled by a country that shares a language’s code', () => {
    expect(localeOfPath('/embed/country/es/side-effects/')).toBe('en');
  });
});
