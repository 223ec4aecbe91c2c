import { fillTemplate } from '../../i18n/fill-template';

/** The sentence the live region reads out after each search. */
export function resultCountText(
  locale: string,
  count: number,
  query: string,
  strings: { resultCount: Record<'one' | 'other', string>; noResults: string },
): string {
  if (count === 0) return fillTemplate(strings.noResults, { query });
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return fillTemplate(strings.resultCount[form], { count: new Intl.NumberFormat(locale).format(count), query });
}
