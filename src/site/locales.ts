/**
 * The site's languages. English lives at the root (/faqs/), every other
 * language under its own prefix (/es/faqs/). Adding a language means adding
 * its code here, a dictionary in src/i18n/ and content in content/<collection>/<code>/.
 */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language with the region its words are written for (BCP 47): og:locale shows it as en_GB. Spanish will be es-ES. */
export const LOCALE_REGIONS: Record<Locale, string> = { en: 'en-GB' };

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

/** Builds a site path for a locale: localePath('en', 'faqs/pain') → "/faqs/pain/". */
export function localePath(locale: Locale, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const joined = `${prefix}/${trimmed}`;
  if (joined === '/' || trimmed === '') return `${prefix}/`;
  // Files such as /api/faqs.json keep no trailing slash.
  return /\.[a-z0-9]+$/i.test(trimmed) ? joined : `${joined}/`;
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
