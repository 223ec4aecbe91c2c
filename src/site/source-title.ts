import type { Locale } from '../language/locales';

/** The parts of a source a citation shows: its own title and publication, or our descriptions of them per language. */
export interface SourceWords {
  title?: string;
  ourTitle?: Partial<Record<Locale, string>>;
  publication?: string;
  ourPublication?: Partial<Record<Locale, string>>;
  language: string;
}

/**
 * A source's title or publication as a page in `locale` shows it. A published title stays as published, in the source's
 * own language, so `lang` tells the page to mark it (a Spanish page citing an English paper); our descriptions of a
 * source with no title of its own (a clinic's web page, a set of drug labels) are written in every language.
 */
export function sourceWords(
  source: SourceWords,
  part: 'title' | 'publication',
  locale: Locale,
): { text: string; lang?: string } {
  const ours = part === 'title' ? source.ourTitle : source.ourPublication;
  if (ours) return { text: ours[locale] ?? '' };
  const own = source[part] ?? '';
  return source.language === locale ? { text: own } : { text: own, lang: source.language };
}
