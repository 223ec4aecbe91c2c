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
   * The index's words in this language in these shards (vocabularyShard), each fetched the first time a query needs it
   * (see vocabularyFor); undefined if they could not load (search still works).
   */
  vocabulary(shards: readonly string[]): Promise<Vocabulary | undefined>;
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
    const files = new Map<string, Promise<VocabularyFile>>();
    const load = (path: string) => {
      if (!files.has(path))
        files.set(
          path,
          // Every shard has a file (SHARD_NAMES), so any failure is the host's or the network's.
          fetch(`${BASE_URL}pagefind/vocabulary/${path}.json`).then((response) =>
            response.ok ? (response.json() as Promise<VocabularyFile>) : Promise.reject(new Error(response.statusText)),
          ),
        );
      return files.get(path)!;
    };
    const vocabulary = async (shards: readonly string[]) => {
      const rules = await language;
      const paths = [...new Set(shards)].map((shard) => `${locale}/${shard}`);
      try {
        const loaded = await Promise.all(paths.map(load));
        const spellings = Object.assign({}, ...loaded.map((file) => file.spellings)) as VocabularyFile['spellings'];
        return prepareVocabulary({ words: loaded.flatMap((file) => unpackWords(file.words)), spellings }, rules);
      } catch {
        for (const path of paths) files.delete(path); // Let the next query try again.
        return undefined;
      }
    };
    return { api, language: await language, vocabulary };
  })().catch((error: unknown) => {
    engine = undefined; // Let the next keystroke try again.
    throw error;
  });
  return engine;
}
