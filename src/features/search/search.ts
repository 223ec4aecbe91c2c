import { collectionOfUrlFolder, isSearchCollection, type SearchCollection } from '../../collections/registry';
import { DEFAULT_LOCALE, isLocale } from '../../site/locales';
import { fillTemplate } from '../../i18n/fill-template';

/**
 * Results shown at first and on each "Show more". Each fetches its own fragment (1–3 KB), so five keep a first search
 * within its 100 KB budget on long pages too, and fill a phone's screen.
 */
export const RESULTS_PER_PAGE = 5;

/** The collection a page is filed under in search, from its URL: "/side-effects/" and its pages → "sideEffects". */
export function searchCollectionOf(path: string): SearchCollection {
  const [first, second] = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const folder = isLocale(first) && first !== DEFAULT_LOCALE ? second : first;
  // The glossary is one page whose entries are its terms.
  if (folder === 'glossary') return 'glossary';
  // Home, sources, about, accessibility and privacy are pages about the site itself.
  return collectionOfUrlFolder(folder ?? '') ?? 'pages';
}

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

/** A stretch of excerpt text, marked when it matches the reader's words. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(point) ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("…a <mark>bruise</mark> may…") into plain text parts, so the UI can
 * build <mark> elements itself instead of trusting the excerpt as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

const plainOf = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');

/** Drops the first `count` characters of an excerpt's parts. */
function dropStart(parts: ExcerptPart[], count: number): ExcerptPart[] {
  const kept: ExcerptPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left >= part.text.length) {
      left -= part.text.length;
      continue;
    }
    kept.push({ ...part, text: part.text.slice(left) });
    left = 0;
  }
  return kept;
}

/**
 * An excerpt a reader can start reading: Pagefind cuts a window of words around the match, often mid-sentence. If a
 * sentence or clause starts before the first marked word, begin there; otherwise show with "…" that text was cut.
 * It ends with "…" when the window stops mid-sentence. `content` is the page's indexed text.
 */
export function readableExcerpt(parts: ExcerptPart[], content: string): ExcerptPart[] {
  const plain = plainOf(parts);
  if (!plain.trim()) return parts;
  const text = content.replace(/\s+/g, ' ');
  const at = text.indexOf(plain.replace(/\s+/g, ' ').trim());
  const before = at > 0 ? text.slice(0, at).trimEnd() : '';
  const startsClause = at === 0 || /[.!?:;]$/.test(before) || before === '';
  let result = parts;
  if (!startsClause) {
    const firstMark = parts.findIndex((part) => part.marked);
    const markAt = firstMark === -1 ? plain.length : plainOf(parts.slice(0, firstMark)).length;
    const boundary = /[.!?;:]\s+(?=\S)/g;
    let cut = -1;
    for (let match = boundary.exec(plain); match && match.index < markAt; match = boundary.exec(plain)) cut = match.index + match[0].length;
    result = cut > 0 && cut <= markAt ? dropStart(parts, cut) : [{ text: '…', marked: false }, ...parts];
  }
  const last = result.at(-1)!;
  const ended = /[.!?]["”’)]?\s*$/.test(last.text) || text.endsWith(plain.trim());
  return ended ? result : [...result, { text: '…', marked: false }];
}

/** Words of an excerpt, for comparing two of them. */
const excerptWords = (parts: ExcerptPart[]) => new Set(plainOf(parts).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** A sub-result worth showing adds words the main excerpt does not show: at most half of its words may repeat it. */
export function addsToExcerpt(main: ExcerptPart[], sub: ExcerptPart[]): boolean {
  const mainWords = excerptWords(main);
  const subWords = [...excerptWords(sub)];
  if (subWords.length === 0) return false;
  return subWords.filter((word) => mainWords.has(word)).length / subWords.length <= 0.5;
}

/** The parts of Pagefind's result data the UI uses (pagefind.js ships no types). */
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
    .map((sub) => ({ url: sub.url, title: sub.title, excerpt: readableExcerpt(excerptParts(sub.excerpt), data.content) }))
    .filter((sub) => addsToExcerpt(excerpt, sub.excerpt))
    .slice(0, MAX_SUB_RESULTS);
  return { url: data.url, title: data.meta.title?.trim() || data.url, collection, excerpt, subResults };
}

/** The sentence the live region reads out after each search. */
export function resultCountText(
  locale: string,
  count: number,
  query: string,
  strings: { resultCount: Record<'one' | 'other', string>; noResults: string },
): string {
  if (count === 0) return fillTemplate(strings.noResults, { query });
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return fillTemplate(strings.resultCount[form], { count: new Intl.NumberFormat(locale).format(count), query });
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
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{
    results: PagefindResult[];
    totalFilters: Record<string, Record<string, number>>;
  } | null>;
}
