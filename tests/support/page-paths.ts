// Page addresses across languages, with nothing but src/language/locales.ts: plain Node scripts (npm run screenshots) load
// tests/support/browser.ts, which needs this, and cannot load the dictionaries.
import { DEFAULT_LOCALE, pageInEveryLanguage } from '../../src/language/locales.ts';

/** A page's address in the default language, which names what the page is: "/es/embed/faq/" → "/embed/faq/". */
export const withoutLocale = (path: string): string => pageInEveryLanguage(path)[DEFAULT_LOCALE];
