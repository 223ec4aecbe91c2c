/**
 * The one list of content collections. Routes, src/content.config.ts, the content lint, the scaffolder,
 * search filters and the content queries all read it; no other file spells out the collections.
 * It holds no schema, so browser code (the search filters) can import it without Zod:
 * src/collections/schemas.ts gives every name here its schema, and TypeScript fails when one is missing.
 */
export const COLLECTIONS = {
  guides: {
    /** Folder under content/; per-language collections have one sub-folder per language code. */
    contentFolder: 'guides',
    /** URL folder of its pages ('' for pages at the site root); null when entries are not pages of their own. */
    urlFolder: 'guides',
    format: 'mdx',
    perLanguage: true,
    /** The kind `npm run new -- <kind> "Title"` creates, or null when editors copy an existing file. */
    scaffold: 'guide',
    /** Whether the collection is a search filter, and its pages listed among "every page" (A–Z, related links). */
    inSearch: true,
    /** Whether an index page or the navigation links every entry, so the content lint's orphan check skips them. */
    listedByTheSite: false,
    /** Whether its pages make medical statements: the content lint's citation rules check their numbers and sources. */
    medical: true,
  },
  faqs: {
    contentFolder: 'faqs',
    urlFolder: 'faqs',
    format: 'mdx',
    perLanguage: true,
    scaffold: 'faq',
    inSearch: true,
    listedByTheSite: true,
    medical: true,
  },
  sideEffects: {
    contentFolder: 'side-effects',
    urlFolder: 'side-effects',
    format: 'mdx',
    perLanguage: true,
    scaffold: 'side-effect',
    inSearch: true,
    listedByTheSite: true,
    medical: true,
  },
  conditions: {
    contentFolder: 'conditions',
    urlFolder: 'conditions',
    format: 'mdx',
    perLanguage: true,
    scaffold: 'condition',
    inSearch: true,
    listedByTheSite: true,
    medical: true,
  },
  /** The words and review dates of the home page and each index page (content/index-pages/<language>/<page>.yaml). */
  indexPages: {
    contentFolder: 'index-pages',
    urlFolder: null,
    format: 'yaml',
    perLanguage: true,
    scaffold: null,
    inSearch: false,
    listedByTheSite: true,
    medical: true,
  },
  /** One term a file; shown on the glossary page, whose anchors are the file names. */
  glossary: {
    contentFolder: 'glossary',
    urlFolder: null,
    format: 'yaml',
    perLanguage: true,
    scaffold: 'term',
    inSearch: true,
    listedByTheSite: true,
    medical: false,
  },
  pages: {
    contentFolder: 'pages',
    urlFolder: '',
    format: 'mdx',
    perLanguage: true,
    scaffold: null,
    inSearch: true,
    listedByTheSite: false,
    medical: false,
  },
  /**
   * Safety wording shown inside other pages, one note a file (content/safety-notes/<language>/<note>.yaml):
   * when-to-get-help (the urgent and emergency cards) and not-medical-advice (the note under every page).
   * Not `medical` for the citation rules: the notes list their sources, but the pages that show them cannot cite.
   */
  safetyNotes: {
    contentFolder: 'safety-notes',
    urlFolder: null,
    format: 'yaml',
    perLanguage: true,
    scaffold: null,
    inSearch: false,
    listedByTheSite: true,
    medical: false,
  },
  /**
   * Where to get help, one country a file (content/care-services/<code>.yaml, the ISO 3166-1 alpha-2 code in lower
   * case, and elsewhere.yaml for every other country), in every site language: the "when to get help" cards take their
   * numbers and services from the country a build is for (src/site/care-region.ts), never from translated prose.
   */
  careServices: {
    contentFolder: 'care-services',
    urlFolder: null,
    format: 'yaml',
    perLanguage: false,
    scaffold: null,
    inSearch: false,
    listedByTheSite: true,
    medical: false,
  },
  /**
   * The treatments the "Compare your options" page (/compare/) puts side by side, one option a file
   * (content/treatment-options/<language>/<id>.yaml): each row of the table with the sources it rests on. The page,
   * its phone layout, its print, the clinic embed and its structured data are all built from them.
   */
  treatmentOptions: {
    contentFolder: 'treatment-options',
    urlFolder: null,
    format: 'yaml',
    perLanguage: true,
    scaffold: null,
    inSearch: false,
    listedByTheSite: true,
    /** Not pages, so not for the citation rules: their schema requires a cite: in every cell instead. */
    medical: false,
  },
  /** Published sources, shared by every language; pages cite them by file name. */
  sources: {
    contentFolder: 'sources',
    urlFolder: null,
    format: 'yaml',
    perLanguage: false,
    scaffold: 'source',
    inSearch: false,
    listedByTheSite: true,
    medical: false,
  },
} as const satisfies Record<string, CollectionInfo>;

interface CollectionInfo {
  contentFolder: string;
  urlFolder: string | null;
  format: 'mdx' | 'yaml';
  perLanguage: boolean;
  scaffold: string | null;
  inSearch: boolean;
  listedByTheSite: boolean;
  medical: boolean;
}

export type CollectionName = keyof typeof COLLECTIONS;
type Registry = typeof COLLECTIONS;

/** Collections whose entries are pages of their own: guides, FAQs, side effects, conditions, site pages. */
export type PageCollection = {
  [C in CollectionName]: Registry[C]['urlFolder'] extends string ? C : never;
}[CollectionName];
/** Collections a reader can narrow search results to; their labels are the dictionary's `collections`. */
export type SearchCollection = {
  [C in CollectionName]: Registry[C]['inSearch'] extends true ? C : never;
}[CollectionName];
/** What `npm run new` can create. */
export type ScaffoldKind = NonNullable<Registry[CollectionName]['scaffold']>;

const names = Object.keys(COLLECTIONS) as CollectionName[];

export const COLLECTION_NAMES: readonly CollectionName[] = names;
export const PAGE_COLLECTIONS = names.filter((name) => COLLECTIONS[name].urlFolder !== null) as PageCollection[];
export const SEARCH_COLLECTIONS = names.filter((name) => COLLECTIONS[name].inSearch) as SearchCollection[];

export function isSearchCollection(value: unknown): value is SearchCollection {
  return typeof value === 'string' && (SEARCH_COLLECTIONS as readonly string[]).includes(value);
}

/** The collection whose content folder this is ("side-effects" → "sideEffects"). */
export function collectionOfFolder(folder: string): CollectionName | undefined {
  return names.find((name) => COLLECTIONS[name].contentFolder === folder);
}

/** The page collection whose URL folder this is ("side-effects" → "sideEffects"); site pages have none. */
export function collectionOfUrlFolder(urlFolder: string): PageCollection | undefined {
  return PAGE_COLLECTIONS.find(
    (name) => COLLECTIONS[name].urlFolder !== '' && COLLECTIONS[name].urlFolder === urlFolder,
  );
}

/** The collection `npm run new -- <kind>` writes to. */
export function collectionOfScaffold(kind: string): CollectionName | undefined {
  return names.find((name) => COLLECTIONS[name].scaffold === kind);
}

export const SCAFFOLD_KINDS = names
  .map((name) => COLLECTIONS[name].scaffold)
  .filter((kind) => kind !== null) as ScaffoldKind[];
