// The parts of Pagefind's browser API and result data the UI uses: pagefind.js ships no types.

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** The slice of Pagefind's browser API (/pagefind/pagefind.js) the UI calls. */
export interface PagefindApi {
  options(options: {
    highlightParam?: string;
    noWorker?: boolean;
    excerptLength?: number;
    ranking?: { metaWeights?: Record<string, number>; termSimilarity?: number; pageLength?: number };
  }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] } | { none: string[] }> },
  ): Promise<{
    results: PagefindResult[];
    totalFilters: Record<string, Record<string, number>>;
  } | null>;
}
