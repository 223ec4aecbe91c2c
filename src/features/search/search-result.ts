import { isSearchCollection, type SearchCollection } from '../../collections/registry';
import { addsToExcerpt, excerptParts, type ExcerptPart, readableExcerpt } from './excerpts';
import type { PagefindResultData } from './pagefind-api';
import { searchCollectionOf } from './search-collection';

/**
 * Results shown at first and on each "Show more". Each fetches its own fragment (1–3 KB), so five keep a first search
 * within its 100 KB budget on long pages too, and fill a phone's screen.
 */
export const RESULTS_PER_PAGE = 5;

/** One search result, ready to show. */
export interface SearchResultView {
  url: string;
  title: string;
  collection: SearchCollection;
  excerpt: ExcerptPart[];
  /** Matching sub-sections of a long page, each linking to its heading. */
  subResults: Array<{ url: string; title: string; excerpt: ExcerptPart[] }>;
}

const MAX_SUB_RESULTS = 3;

export function shapeResult(data: PagefindResultData): SearchResultView {
  const collection = data.filters.collection?.find(isSearchCollection) ?? searchCollectionOf(data.url);
  const excerpt = readableExcerpt(excerptParts(data.excerpt), data.content);
  // Pagefind's first sub-result is often the page itself (the text before the first heading); skip it, and any
  // section whose excerpt mostly repeats the main one.
  const subResults = data.sub_results
    .filter((sub) => sub.anchor && sub.anchor.element !== 'h1' && sub.url !== data.url)
    .map((sub) => ({
      url: sub.url,
      title: sub.title,
      excerpt: readableExcerpt(excerptParts(sub.excerpt), data.content),
    }))
    .filter((sub) => addsToExcerpt(excerpt, sub.excerpt))
    .slice(0, MAX_SUB_RESULTS);
  return { url: data.url, title: data.meta.title?.trim() || data.url, collection, excerpt, subResults };
}
