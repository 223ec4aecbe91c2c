// The page's language, and the search UI's words in it: loaded before the UI builds anything.
import { browserStrings, pageLocale } from '../../i18n/browser-strings';
import type { SearchWords } from '../../i18n/en/search';

export const locale = pageLocale();
// Only the search words, in the page's language (see src/i18n/browser-strings.ts).
export const t = await browserStrings<SearchWords>(
  { en: () => import('../../i18n/en/search'), es: () => import('../../i18n/es/search') },
  locale,
);
