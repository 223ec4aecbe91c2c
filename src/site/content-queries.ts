import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale, localePath, splitEntryId, withBase } from '../language/locales';
import { entryPath, indexPagePath } from '../collections/urls';
import { COLLECTIONS, PAGE_COLLECTIONS, type PageCollection, type SearchCollection } from '../collections/registry';
import { FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES } from '../collections/choices';
import { relatedPathProblem } from '../collections/fields';
import type { PortableLinks } from './plain-text';
import { careRegionOf, careServiceId, ELSEWHERE } from './care-region';

type Ordered = { data: { order?: number; title?: string; question?: string } };
const byOrder = (a: Ordered, b: Ordered) =>
  (a.data.order ?? 0) - (b.data.order ?? 0) ||
  (a.data.title ?? a.data.question ?? '').localeCompare(b.data.title ?? b.data.question ?? '');

/** A collection's entries in one language, in the editors' chosen order. */
export async function entriesIn<C extends PageCollection | 'glossary'>(collection: C, locale: Locale) {
  const entries = await getCollection(collection, (entry) => splitEntryId(entry.id).locale === locale);
  return (entries as Array<CollectionEntry<C> & Ordered>).sort(byOrder);
}

export function slugOf(entry: { id: string }): string {
  return splitEntryId(entry.id).slug;
}

/** The title a reader sees for any page-like entry (FAQs use their question). */
export function titleOf(entry: CollectionEntry<PageCollection>): string {
  return 'question' in entry.data ? entry.data.question : entry.data.title;
}

export function urlOf(collection: PageCollection, entry: { id: string }): string {
  const { locale, slug } = splitEntryId(entry.id);
  return entryPath(locale, collection, slug);
}

/** Sources cited by an entry, in the numbered order of the Sources page. */
export async function sourcesOf(entry: { data: { sources: Array<{ collection: 'sources'; id: string }> } }) {
  const sources = await getEntries(entry.data.sources);
  return sources.sort((a, b) => a.data.number - b.data.number);
}

export interface SitePage {
  url: string;
  title: string;
  description: string;
  /** The collection the page belongs to; 'index' for the home page and index pages. */
  collection: SearchCollection | 'index';
}

/** The home page and index pages, whose words and review dates live in content/index-pages/<language>/<page>.yaml. */
export const INDEX_PAGES = [
  'home',
  'faqs',
  'side-effects',
  'conditions',
  'glossary',
  'sources',
  'estimator',
  'urgent-help',
  'compare',
  'snippet-builder',
] as const;
export type IndexPage = (typeof INDEX_PAGES)[number];

export async function indexPageEntry(locale: Locale, page: IndexPage) {
  const entry = await getEntry('indexPages', `${locale}/${page}`);
  if (!entry)
    throw new Error(`Missing content/index-pages/${locale}/${page}.yaml: every language needs one per index page.`);
  return entry;
}

/** A site page (content/pages/<language>/<slug>.mdx) that other pages use too: the clinics page, the builder's parent. */
export async function sitePageEntry(locale: Locale, slug: string) {
  const entry = await getEntry('pages', `${locale}/${slug}`);
  if (!entry) throw new Error(`Missing content/pages/${locale}/${slug}.mdx: every language needs the ${slug} page.`);
  return entry;
}

/** The treatments the comparison page sets side by side, in their column order (content/treatment-options/<language>/). */
export async function treatmentOptions(locale: Locale) {
  const entries = await getCollection('treatmentOptions', (entry) => splitEntryId(entry.id).locale === locale);
  return entries.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

/** The safety wording other pages show, from content/safety-notes/<language>/<note>.yaml. */
export type SafetyNote = 'when-to-get-help' | 'not-medical-advice';

export async function safetyNote(locale: Locale, note: SafetyNote) {
  const entry = await getEntry('safetyNotes', `${locale}/${note}`);
  if (!entry)
    throw new Error(`Missing content/safety-notes/${locale}/${note}.yaml: every language needs one per safety note.`);
  return entry;
}

/** A country's care services (content/care-services/<code>.yaml): the region this page's language shows unless given. */
export async function careServicesOf(locale: Locale, region = careRegionOf(locale)) {
  const entry = await getEntry('careServices', careServiceId(region));
  if (!entry) {
    throw new Error(
      `Missing content/care-services/${careServiceId(region)}.yaml: ${locale} pages show ${region}'s care services (src/site/care-region.ts).`,
    );
  }
  return entry;
}

/** Every country's care services, in the editors' order, elsewhere last: the "urgent help by country" page lists them. */
export async function everyCareService() {
  return (await getCollection('careServices')).sort((a, b) => a.data.order - b.data.order);
}

/** The countries a reader or clinic can pick (every file but elsewhere.yaml), in list order. */
export async function pickableCareServices() {
  return (await everyCareService()).filter((entry) => entry.id !== ELSEWHERE);
}

/** The same countries as codes: "GB", "IE"… */
export async function careRegions(): Promise<string[]> {
  return (await pickableCareServices()).map((entry) => entry.id.toUpperCase());
}

/** Where a translated page comes from: the English entry's review date it follows, and that entry's latest review. */
export interface Translation {
  translatedFrom: Date;
  originalLastReviewed: Date;
  /** The clinician who reviewed the translation, once one has. */
  reviewer?: TranslationReviewer;
}

/** A named clinician's review of a translation (translationReviewer in the fields). */
export interface TranslationReviewer {
  name: string;
  qualification: string;
  reviewed: Date;
}

type TranslatableCollection = PageCollection | 'indexPages';

/**
 * A translated entry's origin, or undefined for an English entry. A translation must say which English version it
 * follows (translatedFrom), so that its page can tell readers when the English page has been reviewed since.
 */
export async function translationOf(entry: {
  id: string;
  collection: TranslatableCollection;
  data: { translatedFrom?: Date; translationReviewer?: TranslationReviewer };
}): Promise<Translation | undefined> {
  const { locale, slug } = splitEntryId(entry.id);
  if (locale === DEFAULT_LOCALE) return undefined;
  const original = await getEntry(entry.collection, `${DEFAULT_LOCALE}/${slug}`);
  const folder = `content/${COLLECTIONS[entry.collection].contentFolder}`;
  const file = `${folder}/${entry.id}`;
  if (!original) {
    throw new Error(
      `${file}: no English original ${folder}/${DEFAULT_LOCALE}/${slug}. Every translated page needs the English page it follows.`,
    );
  }
  if (!entry.data.translatedFrom) {
    throw new Error(
      `${file}: translatedFrom is missing. Add translatedFrom: with the lastReviewed date of the English file this text follows.`,
    );
  }
  return {
    translatedFrom: entry.data.translatedFrom,
    originalLastReviewed: original.data.lastReviewed,
    reviewer: entry.data.translationReviewer,
  };
}

export function indexPageUrl(locale: Locale, page: IndexPage): string {
  return indexPagePath(locale, page);
}

/**
 * Work that every page of a build asks for, done once per language: without this each entry page would
 * list the whole site again, and the build would grow with the square of the page count. The dev server
 * recomputes it, so an edited title shows on the next load.
 */
function oncePerBuild<T>(compute: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const done = new Map<Locale, Promise<T>>();
  return (locale) => {
    if (import.meta.env.DEV) return compute(locale);
    let result = done.get(locale);
    if (!result) done.set(locale, (result = compute(locale)));
    return result;
  };
}

const allSitePages = oncePerBuild(async (locale: Locale): Promise<SitePage[]> => {
  const pages: SitePage[] = [];
  for (const page of INDEX_PAGES) {
    const { data } = await indexPageEntry(locale, page);
    pages.push({
      url: indexPageUrl(locale, page),
      title: data.title,
      description: data.description,
      collection: 'index',
    });
  }
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of await entriesIn(collection, locale)) {
      pages.push({
        url: urlOf(collection, entry),
        title: titleOf(entry),
        description: entry.data.description,
        collection,
      });
    }
  }
  return pages;
});

/** Every page of the site in one language: for the A–Z list and the 404 page (a copy: callers may sort it). */
export async function sitePages(locale: Locale): Promise<SitePage[]> {
  return [...(await allSitePages(locale))];
}

const sitePagesByUrl = oncePerBuild(
  async (locale: Locale) => new Map((await allSitePages(locale)).map((page) => [page.url, page])),
);

/** Turns an entry's `related` paths (written from the site root) into links, failing the build on a path that is not a page. */
export async function relatedPagesOf(locale: Locale, entry: { id: string; data: { related: string[] } }) {
  const pages = await sitePagesByUrl(locale);
  return entry.data.related.map((path) => {
    const url = withBase(path);
    const problem = relatedPathProblem(url, pages);
    if (problem) throw new Error(`${entry.id}: ${problem}`);
    return { ...pages.get(url.split('#')[0] ?? url)!, url };
  });
}

/** A language's questions grouped by category, in category order, leaving out empty categories. */
export async function faqGroups(locale: Locale) {
  const faqs = await entriesIn('faqs', locale);
  return FAQ_CATEGORIES.map((category) => ({
    category,
    faqs: faqs.filter((faq) => faq.data.category === category),
  })).filter((group) => group.faqs.length > 0);
}

/** A language's side effects grouped by how common they are, common first, leaving out empty groups. */
export async function sideEffectGroups(locale: Locale) {
  const sideEffects = await entriesIn('sideEffects', locale);
  return SIDE_EFFECT_FREQUENCIES.map((frequency) => ({
    frequency,
    items: sideEffects.filter((item) => item.data.howCommon === frequency),
  })).filter((group) => group.items.length > 0);
}

/** Where terms and citations link to when our content is shown on other sites. */
export async function portableLinks(locale: Locale, site: URL): Promise<PortableLinks> {
  const terms = new Map((await entriesIn('glossary', locale)).map((term) => [slugOf(term), term.data.term]));
  const sources = new Map((await getCollection('sources')).map((source) => [source.id, source.data.number]));
  const at = (path: string, id: string) => new URL(`${localePath(locale, path)}#${id}`, site).href;
  return {
    site,
    term: (id) => {
      const text = terms.get(id);
      return text === undefined ? undefined : { url: at('glossary', id), text };
    },
    source: (id) => {
      const number = sources.get(id);
      return number === undefined ? undefined : { url: at('sources', id), number };
    },
  };
}
