import { DEFAULT_LOCALE, isLocale, type Locale } from '../../site/locales';

/** The language of the page an MDX component is rendered on. */
export function mdxLocale(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}
