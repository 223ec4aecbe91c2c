/**
 * The site's languages. English lives at the root (/faqs/), every other
 * language under its own prefix (/es/faqs/). Adding a language means adding
 * its code here, a dictionary in src/i18n/ and content in content/<collection>/<code>/.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' as const satisfies Locale;

/** The languages translated from English: every other one. Their pages say which English version they follow. */
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
export const isTranslatedLocale = (locale: Locale): locale is TranslatedLocale => locale !== DEFAULT_LOCALE;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = LOCALES.filter(isTranslatedLocale);

/** Each language with the region its words and dates are written for (BCP 47): dates use it, og:locale shows it as en_GB. */
export const LOCALE_REGIONS: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

/** Open Graph's form of a language and region: "en_GB". */
export const openGraphLocale = (locale: Locale) => LOCALE_REGIONS[locale].replace('-', '_');

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Content ids are "<locale>/<slug>" because each language has its own folder. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first) || rest.length === 0) {
    throw new Error(
      `Content entry "${id}" is not inside a language folder. Move it to content/<collection>/${DEFAULT_LOCALE}/${id}.`,
    );
  }
  return { locale: first, slug: rest.join('/') };
}

/**
 * The folder the site is served from: "/" at a domain root, "/guide/" when built with BASE_PATH=/guide/
 * (astro.config.mjs defines __SITE_BASE__ as Astro's `base`; not import.meta.env.BASE_URL, which a
 * BASE_URL variable in the shell would override). Plain Node scripts such as the content lint and the unit
 * tests see "/", which is also how content is written: links and `related:` paths start at the site root.
 */
export const BASE_URL: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** The base a BASE_PATH value names, as Astro wants it: undefined or "" → "/", "guide" or "/guide" → "/guide/". */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A path written from the site root ("/faqs/pain/", as in content) as the browser must request it:
 * "/guide/faqs/pain/" under BASE_PATH=/guide/. Other links (https:, #top, //host, relative) are left alone.
 */
export function withBase(href: string, base = BASE_URL): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}

/** The inverse of withBase, for code that reads a page's own address: "/guide/faqs/" → "/faqs/". */
export function withoutBase(path: string, base = BASE_URL): string {
  return base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
}

/** Builds a site path for a locale: localePath('en', 'faqs/pain') → "/faqs/pain/" ("/guide/faqs/pain/" under a base). */
export function localePath(locale: Locale, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  if (trimmed === '') return withBase(`${prefix}/`);
  // Files such as /api/faqs.json keep no trailing slash.
  return withBase(/\.[a-z0-9]+$/i.test(trimmed) ? `${prefix}/${trimmed}` : `${prefix}/${trimmed}/`);
}

/**
 * The same page in every language, from the address of one of them: "/es/faqs/pain/" → { en: "/faqs/pain/",
 * es: "/es/faqs/pain/" } (under the base too). Every page exists in every language with the same slug, so the
 * language switcher and the hreflang alternates need nothing but the address.
 */
export function pageInEveryLanguage(pathname: string): Record<Locale, string> {
  const [first, ...rest] = withoutBase(pathname).split('/').filter(Boolean);
  const inPath = (isLocale(first) && first !== DEFAULT_LOCALE ? rest : [first, ...rest]).filter(Boolean).join('/');
  // The 404 page has no address of its own (hosts show it at the unknown one, from /404.html or /es/404.html): its
  // other language is that language's home page.
  const path = inPath === '404' ? '' : inPath;
  return Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)])) as Record<Locale, string>;
}

/**
 * The language of a page from its address: the first folder after the base, as localePath() writes it
 * ("/es/embed/country/gb/" → "es", "/embed/country/es/" → "en": Spain's embeds in English).
 */
export function localeOfPath(pathname: string, base = BASE_URL): Locale {
  const [first] = withoutBase(pathname, base).split('/').filter(Boolean);
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** getStaticPaths param for the optional [...lang] route segment. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined) return DEFAULT_LOCALE;
  if (!isLocale(param)) throw new Error(`Unknown language "${param}" in the URL.`);
  return param;
}
