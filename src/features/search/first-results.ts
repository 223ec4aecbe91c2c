// The first results, in the order a reader expects: Pagefind scores a page by how often and where its text uses the
// words, so a list page (the FAQ list, the side effects list) that names many topics, or a long guide that uses a word
// often, can come before the page about that very thing. Among the results shown first (their text is loaded to show
// them anyway), a page whose title names all the query's words comes first, then one whose searchTerms do; a list page
// follows the pages it lists.
import { collectionOfUrlFolder } from '../../collections/registry';
import { isLocale } from '../../language/locales';
import type { QueryLanguage } from '../../language/query-languages';
import { bareStem, withoutAccents, wordsOf } from '../../language/query-words';
import { GLOSSARY } from './definitions-last';

/** What ordering needs of a result: its address, title and searchTerms (Pagefind's meta). */
export interface ResultText {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A list page: a collection's index ("/faqs/", "/es/side-effects/"), not one of its entries. */
export function isListPage(url: string): boolean {
  const parts = new URL(url, 'https://site.invalid').pathname.split('/').filter(Boolean);
  const [folder, ...rest] = isLocale(parts[0]) ? parts.slice(1) : parts;
  return rest.length === 0 && folder !== undefined && collectionOfUrlFolder(folder) !== undefined;
}

const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** 1 when a text names every one of the words (the same stem, or one stem starts the other: "alergia", "alérgica"). */
function namesAll(words: string[], text: string | undefined, language: QueryLanguage): number {
  const stems = wordsOf(text ?? '').map((word) => bareStem(word, language));
  return words.every((word) => stems.some((other) => sameWord(other, bareStem(word, language)))) ? 1 : 0;
}

/**
 * Where a page's searchTerms name every word: the place of the first term that does alone (editors list a page's
 * main names first), after every such place when only the terms together do, Infinity when they do not.
 */
function searchTermsPlace(words: string[], searchTerms: string | undefined, language: QueryLanguage): number {
  const terms = (searchTerms ?? '').split(',');
  const place = terms.findIndex((term) => namesAll(words, term, language) === 1);
  if (place >= 0) return place;
  return namesAll(words, searchTerms, language) === 1 ? terms.length : Infinity;
}

/**
 * The results in the order to show them: pages before glossary terms; a title that names every query word first, then
 * searchTerms that do (the earlier the term, the sooner); list pages after the others; otherwise Pagefind's order. `query` is the
 * search as run (after the query rules).
 */
export function orderFirstResults<T extends ResultText>(results: T[], query: string, language: QueryLanguage): T[] {
  const words = wordsOf(query).filter((word) => !language.functionWords.has(withoutAccents(word)));
  if (words.length === 0) return results;
  const keyed = results.map((result, index) => ({
    result,
    index,
    term: result.filters.collection?.includes(GLOSSARY) ? 1 : 0,
    title: namesAll(words, result.meta.title, language),
    searchTerms: searchTermsPlace(words, result.meta.searchTerms, language),
    list: isListPage(result.url) ? 1 : 0,
  }));
  keyed.sort(
    (a, b) =>
      // Two places of Infinity give NaN, falsy: the next key decides.
      a.term - b.term || b.title - a.title || a.searchTerms - b.searchTerms || a.list - b.list || a.index - b.index,
  );
  return keyed.map(({ result }) => result);
}
