// The content lint's check of `searchTerms` (patients' words for a page that search weighs like a second title).
// A separate module so it can move with the lint's rules; it reads words the way search does (query-rules.ts).
import type { VFile } from 'vfile';
import { QUERY_LANGUAGES } from '../features/search/query-languages.ts';
import { wordsOf } from '../features/search/query-rules.ts';
import { isLocale, DEFAULT_LOCALE } from '../site/locales.ts';
import type { ContentFile } from './content-files.ts';
import { britishSpellingOf } from './retext-british-spelling.ts';

/** What is wrong with one entry's search terms, each message naming the term and the fix. */
export function searchTermsProblems(terms: readonly string[], title: string, locale: string): string[] {
  const { stem } = QUERY_LANGUAGES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  const titleStems = new Set(wordsOf(title).map(stem));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (term !== term.toLowerCase()) problems.push(`"${term}" has capital letters: write search terms in lower case ("${term.toLowerCase()}"); search ignores case.`);
    const key = wordsOf(term).join(' ');
    if (seen.has(key)) problems.push(`"${term}" is listed twice: remove one.`);
    seen.add(key);
    const words = wordsOf(term);
    if (words.length > 0 && words.every((word) => titleStems.has(stem(word)))) {
      problems.push(`"${term}" is already in the title, which search weighs most: remove it and add a word patients use that the page does not.`);
    }
    for (const word of words) {
      const british = locale === 'en' ? britishSpellingOf(word) : undefined;
      if (british) problems.push(`"${term}": write "${british}", not "${word}". Search turns American spellings into British ones itself.`);
    }
  }
  return problems;
}

/** Reports the problems of an entry's `searchTerms` at that field's line. */
export function checkSearchTerms(entry: ContentFile, file: VFile): void {
  const terms = Array.isArray(entry.data.searchTerms) ? entry.data.searchTerms.map(String) : [];
  const title = String(entry.data.title ?? entry.data.question ?? entry.data.term ?? '');
  const line = (entry.text.split(/\r?\n/).findIndex((text) => text.startsWith('searchTerms:')) + 1) || 1;
  // content/<folder>/<language>/<file>
  const locale = entry.file.split(/[\\/]/)[2] ?? DEFAULT_LOCALE;
  for (const problem of searchTermsProblems(terms, title, locale)) {
    file.message(`searchTerms: ${problem}`, { place: { line, column: 1 }, ruleId: 'search-terms', source: 'content' }).fatal = true;
  }
}
