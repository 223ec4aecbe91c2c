// The first results, in the order a reader expects: Pagefind scores a page by how often and where its text uses the
// words, so a list page (the FAQ list, the side effects list) that names many topics, or a long guide that uses a word
// often, can come before the page about that very thing. Among the results shown first (their text is loaded to show
// them anyway), a page whose title names all the query's words comes first, then one whose searchTerms do; a list page
// follows the pages it lists.
import { collectionOfUrlFolder } from '../../collections/registry';
import { isLocale } from '../../language/locales';
import { isFunctionWord, type QueryLanguage } from '../../language/query-languages';
import { bareStem, wordsOf } from '../../language/query-words';
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

/** The stems of a text's words, without function words. */
const stemsOf = (text: string | undefined, language: QueryLanguage) =>
  wordsOf(text ?? '')
    .filter((word) => !isFunctionWord(word, language))
    .map((word) => bareStem(word, language));

/** How many of the words (stems) a text's stems name (the same stem, or one starts the other: "alergia", "alérgica"). */
const named = (words: string[], stems: string[]) =>
  words.filter((word) => stems.some((other) => sameWord(other, word))).length;

/**
 * Where a page's searchTerms name every word: the place of the first term that does alone (editors list a page's
 * main names first), after every such place when only the terms together do, Infinity when they do not.
 */
function searchTermsPlace(words: string[], terms: string[], language: QueryLanguage): number {
  const place = terms.findIndex((term) => named(words, stemsOf(term, language)) === words.length);
  if (place >= 0) return place;
  return named(words, stemsOf(terms.join(' '), language)) === words.length ? terms.length : Infinity;
}

/** Whether a page's title or searchTerms name every word of the query (the search as run). */
export function namesEveryWord(result: ResultText, query: string, language: QueryLanguage): boolean {
  const words = stemsOf(query, language);
  return (
    words.length > 0 &&
    (named(words, stemsOf(result.meta.title, language)) === words.length ||
      searchTermsPlace(words, (result.meta.searchTerms ?? '').split(','), language) !== Infinity)
  );
}

/**
 * The results in the order to show them. First the pages whose title or searchTerms name every query word, then
 * glossary terms that do (a definition is the answer when no page is about the thing), then the other pages and
 * terms. Within each: the page naming more of the words (counted from half of them: a common word alone moves
 * nothing); a title that is the query itself, then one naming every word (in the same words, before longer words
 * they start: "médico" before "medicamentos"); a searchTerm that is the query, then
 * searchTerms naming every word (the earlier the term, the sooner); list pages after the pages they list; otherwise
 * Pagefind's order. `query` is the search as run (after the query rules).
 */
export function orderFirstResults<T extends ResultText>(results: T[], query: string, language: QueryLanguage): T[] {
  const words = stemsOf(query, language);
  if (words.length === 0) return results;
  // A name that is the query: it names every word, and nothing else.
  const isQuery = (name: string[]) =>
    name.length > 0 && named(words, name) === words.length && named(name, words) === name.length;
  const keyed = results.map((result, index) => {
    const title = stemsOf(result.meta.title, language);
    const terms = (result.meta.searchTerms ?? '').split(',');
    const termStems = terms.map((term) => stemsOf(term, language));
    const titleNamesAll = named(words, title) === words.length ? 1 : 0;
    // The word itself before a longer word it starts ("médico" before "medicamentos").
    const titleHasEvery = words.every((word) => title.includes(word)) ? 1 : 0;
    // Of titles naming every word, the one with fewest other words is most about them ("What is mesotherapy?"
    // before "Do the results of mesotherapy last?").
    const titleFocus = titleNamesAll ? named(title, words) / title.length : 0;
    const searchTerms = searchTermsPlace(words, terms, language);
    const covered = named(words, [...title, ...termStems.flat()]);
    return {
      result,
      index,
      group:
        (namesEveryWord(result, query, language) ? 0 : 2) + (result.filters.collection?.includes(GLOSSARY) ? 1 : 0),
      covered: covered * 2 >= words.length ? covered : 0,
      titleIsQuery: isQuery(title) ? 1 : 0,
      title: titleNamesAll,
      titleExact: titleHasEvery,
      titleFocus,
      termIsQuery: termStems.some(isQuery) ? 1 : 0,
      searchTerms,
      list: isListPage(result.url) ? 1 : 0,
    };
  });
  keyed.sort(
    (a, b) =>
      a.group - b.group ||
      b.covered - a.covered ||
      b.titleIsQuery - a.titleIsQuery ||
      b.title - a.title ||
      b.titleExact - a.titleExact ||
      b.titleFocus - a.titleFocus ||
      b.termIsQuery - a.termIsQuery ||
      // Two places of Infinity give NaN, falsy: the next key decides.
      a.searchTerms - b.searchTerms ||
      a.list - b.list ||
      a.index - b.index,
  );
  return keyed.map(({ result }) => result);
}
