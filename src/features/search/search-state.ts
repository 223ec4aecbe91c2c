import { isSearchCollection, type SearchCollection } from '../../collections/registry';

/** What the reader searched for; it lives in the URL so a search can be shared and bookmarked. */
export interface SearchState {
  query: string;
  collections: SearchCollection[];
}

export function searchStateFromUrl(url: string | URL): SearchState {
  const params = new URL(url, 'http://localhost').searchParams;
  const collections = params.getAll('collection').filter(isSearchCollection);
  return { query: (params.get('q') ?? '').trim(), collections: [...new Set(collections)] };
}

/** The URL for a search state, keeping the page's path: "/search/?q=bruising&collection=sideEffects". */
export function searchUrl(current: string | URL, state: SearchState): string {
  const url = new URL(current, 'http://localhost');
  url.searchParams.delete('q');
  url.searchParams.delete('collection');
  const query = state.query.trim();
  if (query) url.searchParams.set('q', query);
  for (const collection of state.collections) url.searchParams.append('collection', collection);
  return url.pathname + url.search + url.hash;
}
