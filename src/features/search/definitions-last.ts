// The glossary's terms are results of their own (glossary-records.ts). A term's definition is short, so Pagefind
// ranks it above the longer page about the same thing ("menopause" would find the word before the condition's page).
// Pages come first, then the definitions: a reader finds the page about the thing, and its meaning after it.
import type { PagefindApi, PagefindResult } from './pagefind-api';

/** The collection whose entries are definitions: results of their own, after the pages. */
export const GLOSSARY = 'glossary';

export interface FoundInCollections {
  results: PagefindResult[];
  /** The results that are glossary terms (after the pages). */
  terms: PagefindResult[];
  /** Results per collection for these words, for the search filters. */
  counts: Record<string, number>;
}

/** Searches the words in the chosen collections (all when none are chosen): pages first, then glossary terms. */
export async function searchPagesThenTerms(
  api: Pick<PagefindApi, 'search'>,
  words: string,
  collections: readonly string[],
): Promise<FoundInCollections> {
  if (collections.length > 0) {
    const found = await api.search(words, { filters: { collection: { any: [...collections] } } });
    // Which of them are terms shows only in their data: the reader chose the collections, so none is moved.
    return { results: found?.results ?? [], terms: [], counts: found?.totalFilters.collection ?? {} };
  }
  const [pages, terms] = await Promise.all([
    api.search(words, { filters: { collection: { none: [GLOSSARY] } } }),
    api.search(words, { filters: { collection: { any: [GLOSSARY] } } }),
  ]);
  // totalFilters counts every collection, whatever the filter: the glossary's count is there too.
  return {
    results: [...(pages?.results ?? []), ...(terms?.results ?? [])],
    terms: terms?.results ?? [],
    counts: pages?.totalFilters.collection ?? {},
  };
}
