import { LOCALES, type Locale, langParam, splitEntryId } from './locales';

/** getStaticPaths for a page that exists once per language. */
export function perLocale() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** getStaticPaths for one page per content entry, in the entry's language. */
export function perEntry<E extends { id: string }>(entries: E[]) {
  return entries.map((entry) => {
    const { locale, slug } = splitEntryId(entry.id);
    return { params: { lang: langParam(locale), slug }, props: { locale: locale as Locale, entry } };
  });
}
