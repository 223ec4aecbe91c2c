import type { Locale } from './locales';

/** A published title (as published, one string) or our own description of a source that has none (once per language). */
export type SourceWords = string | Record<Locale, string>;

/**
 * A source's title or publication as a page in `locale` shows it. A published title stays as published, in the source's
 * own language, so `lang` tells the page to mark it (a Spanish page citing an English paper); our descriptions of a
 * source with no title of its own (a clinic's web page, a set of drug labels) are written in every language.
 */
export function sourceWords(words: SourceWords, source: { language: string }, locale: Locale): { text: string; lang?: string } {
  if (typeof words !== 'string') return { text: words[locale] };
  return source.language === locale ? { text: words } : { text: words, lang: source.language };
}
