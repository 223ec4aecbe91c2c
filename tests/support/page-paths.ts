// Page addresses across languages, with nothing but src/language/locales.ts: plain Node scripts (npm run screenshots) load
// tests/support/browser.ts, which needs this, and cannot load the dictionaries.
import { DEFAULT_LOCALE, localeOfPath, pageInEveryLanguage } from '../../src/language/locales.ts';

/** A page's address in the default language, which names what the page is: "/es/embed/faq/" → "/embed/faq/". */
export const withoutLocale = (path: string): string => pageInEveryLanguage(path)[DEFAULT_LOCALE];

/** The template a page is built from, in its language: an index page, or "<folder>/*" for an entry ("/es/faqs/x/"). */
export function templateOf(path: string): string {
  const parts = withoutLocale(path).split('/').filter(Boolean);
  const folderDepth = parts[0] === 'embed' ? 2 : 1;
  return `${localeOfPath(path, '/')} ${parts.length > folderDepth ? `/${parts.slice(0, folderDepth).join('/')}/*` : withoutLocale(path)}`;
}
