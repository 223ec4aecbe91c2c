import { type Locale, localeOfPath } from '../../language/locales';

/**
 * The language of the page an MDX component is rendered on, from its address. Not Astro.currentLocale, which takes
 * any folder or parameter named like a language: on /embed/country/es/… (Spain's numbers, in English) it says "es".
 */
export function mdxLocale(url: URL): Locale {
  return localeOfPath(url.pathname);
}
