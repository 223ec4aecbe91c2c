import { type Locale, DEFAULT_LOCALE, isLocale } from '../language/locales';

/**
 * The one way words reach browser code. Each feature that writes text in the browser has one module per language,
 * src/i18n/<language>/<feature>.ts, holding exactly the words its script writes. The script loads it by itself, from
 * a map of every language's module:
 *
 *   const t = await browserStrings<SearchWords>({ en: () => import('../../i18n/en/search'), es: () => import('../../i18n/es/search') });
 *
 * TypeScript wants an entry for each language of LOCALES, each module giving the feature's words. The bundler makes each
 * language's module its own small chunk, so a reader downloads only the words of the feature they use, in the page's
 * language, and only when that feature's script runs; pages carry no words for scripts. The site's pages use the same
 * words through the dictionary (src/i18n/<language>.ts), under the same keys.
 */
export type WordModules<Words> = Record<Locale, () => Promise<{ default: Words }>>;

/** The page's language, from <html lang>. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** Loads the words of one feature in one language, the page's unless told. */
export async function browserStrings<Words>(
  modules: WordModules<Words>,
  locale: Locale = pageLocale(),
): Promise<Words> {
  return (await modules[locale]()).default;
}
