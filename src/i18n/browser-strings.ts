import { type Locale, DEFAULT_LOCALE, isLocale } from '../site/locales';

/**
 * The one way words reach browser code. Each feature that writes text in the browser has one module per language,
 * src/i18n/<language>/<feature>.ts, holding exactly the words its script writes. The script loads it by itself:
 *
 *   const t = await browserStrings(import.meta.glob<SearchWords>('../../i18n/*\/search.ts', { import: 'default' }));
 *
 * The bundler makes each language's module its own small chunk, so a reader downloads only the words of the feature
 * they use, in the page's language, and only when that feature's script runs; pages carry no words for scripts.
 * The site's pages use the same words through the dictionary (src/i18n/<language>.ts), under the same keys.
 */
type WordModules<Words> = Record<string, () => Promise<Words>>;

/** The page's language, from <html lang>. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** Loads the words of one feature in one language from the modules import.meta.glob found. */
export function browserStrings<Words>(modules: WordModules<Words>, locale: Locale = pageLocale()): Promise<Words> {
  const load = Object.entries(modules).find(([path]) => path.split('/').at(-2) === locale)?.[1];
  if (!load) throw new Error(`No words for "${locale}" among ${Object.keys(modules).join(', ')}: add src/i18n/${locale}/ for this feature.`);
  return load();
}
