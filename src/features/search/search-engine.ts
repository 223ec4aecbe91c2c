// What the search UI runs on: Pagefind's API with this site's ranking, and the query rules of the page's language.
import { BASE_URL } from '../../language/locales';
import type { PagefindApi } from './pagefind-api';
import { QUERY_LANGUAGES, type QueryLanguage } from '../../language/query-languages';
import { type Vocabulary, type VocabularyFile, prepareVocabulary, unpackWords } from './query-vocabulary';
import { locale } from './ui-words';

/**
 * How Pagefind ranks: the patients' words of a page (searchTerms) count nearly as much as its title; excerpts are
 * long enough to hold a whole sentence.
 */
const PAGEFIND_OPTIONS = {
  highlightParam: 'highlight',
  // Main thread: for a site this size the worker would cost another 40 KB and gain nothing.
  noWorker: true,
  excerptLength: 26,
  ranking: { metaWeights: { title: 5, searchTerms: 4 } },
};

export interface SearchEngine {
  api: PagefindApi;
  language: QueryLanguage;
  /**
   * The index's words in this language, for the query rules: fetched the first time a query may need them (see
   * runTypedQuery); undefined if they could not load (search still works).
   */
  vocabulary(): Promise<Vocabulary | undefined>;
}

let engine: Promise<SearchEngine> | undefined;
/** Pagefind's script, WebAssembly and index, and the language's query rules: fetched once, when search is first opened. */
export function loadSearch(): Promise<SearchEngine> {
  engine ??= (async () => {
    const language = QUERY_LANGUAGES[locale]();
    const api = (await import(/* @vite-ignore */ `${BASE_URL}pagefind/pagefind.js`)) as PagefindApi;
    await api.options(PAGEFIND_OPTIONS);
    await api.init();
    // Loads the filter index; without it Pagefind reports no counts for the collection filters.
    await api.filters();
    let vocabulary: Promise<Vocabulary | undefined> | undefined;
    const loadVocabulary = async () => {
      const file = await fetch(`${BASE_URL}pagefind/vocabulary/${locale}.json`).then((response) =>
        response.ok ? (response.json() as Promise<VocabularyFile>) : Promise.reject(new Error(response.statusText)),
      );
      return prepareVocabulary({ words: unpackWords(file.words), spellings: file.spellings }, await language);
    };
    return {
      api,
      language: await language,
      vocabulary: () => (vocabulary ??= loadVocabulary().catch(() => undefined)),
    };
  })().catch((error: unknown) => {
    engine = undefined; // Let the next keystroke try again.
    throw error;
  });
  return engine;
}
