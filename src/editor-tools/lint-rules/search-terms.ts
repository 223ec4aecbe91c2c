import { QUERY_LANGUAGES } from '../../language/query-languages.ts';
import { wordsOf } from '../../language/query-words.ts';
import { DEFAULT_LOCALE, isLocale } from '../../language/locales.ts';
import { asList, type LintRule, lineOf, report } from './rule.ts';
import { britishSpellingOf } from '../../language/british-spellings.ts';

/** What is wrong with one entry's search terms, each message naming the term and the fix. Words are read as search reads them. */
export async function searchTermsProblems(terms: readonly string[], title: string, locale: string): Promise<string[]> {
  const { stem } = await QUERY_LANGUAGES[isLocale(locale) ? locale : DEFAULT_LOCALE]();
  const titleStems = new Set(wordsOf(title).map(stem));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (term !== term.toLowerCase())
      problems.push(
        `"${term}" has capital letters: write search terms in lower case ("${term.toLowerCase()}"); search ignores case.`,
      );
    const key = wordsOf(term).join(' ');
    if (seen.has(key)) problems.push(`"${term}" is listed twice: remove one.`);
    seen.add(key);
    const words = wordsOf(term);
    if (words.length > 0 && words.every((word) => titleStems.has(stem(word)))) {
      problems.push(
        `"${term}" is already in the title, which search weighs most: remove it and add a word patients use that the page does not.`,
      );
    }
    for (const word of words) {
      const british = locale === 'en' ? britishSpellingOf(word) : undefined;
      if (british)
        problems.push(
          `"${term}": write "${british}", not "${word}". Search turns American spellings into British ones itself.`,
        );
    }
  }
  return problems;
}

/** `searchTerms` (patients' words that search weighs like a second title): lower case, once each, not the title's words, British spelling. */
export const searchTermsRule: LintRule = {
  async checkFile(entry, file) {
    const terms = asList(entry.data.searchTerms);
    if (terms.length === 0) return;
    const title = String(entry.data.title ?? entry.data.question ?? entry.data.term ?? '');
    const line = { line: lineOf(entry.text, 'searchTerms') };
    for (const problem of await searchTermsProblems(terms, title, entry.locale))
      report(file, `searchTerms: ${problem}`, line, 'search-terms', 'error');
  },
};
