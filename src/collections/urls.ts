import { COLLECTIONS, type PageCollection } from './registry.ts';
import { type Locale, localePath } from '../language/locales.ts';

// The address of every content page, from the registry: the build, the content reader, the lint and the admin use these.

/** URL of one content entry: entryPath('en', 'faqs', 'pain') → "/faqs/pain/". */
export function entryPath(locale: Locale, collection: PageCollection, slug: string): string {
  const folder = COLLECTIONS[collection].urlFolder;
  return localePath(locale, folder ? `${folder}/${slug}` : slug);
}

/** Index pages that belong to another page, and so sit under its address: the clinics' snippet builder. */
const INDEX_PAGE_FOLDERS: Readonly<Record<string, string>> = { 'snippet-builder': 'for-clinics' };

/**
 * URL of an index page (content/index-pages/<language>/<page>.yaml): the home page at the language's root, "faqs" →
 * "/faqs/", "snippet-builder" → "/for-clinics/snippet-builder/".
 */
export function indexPagePath(locale: Locale, page: string): string {
  const folder = INDEX_PAGE_FOLDERS[page];
  return localePath(locale, page === 'home' ? '' : folder ? `${folder}/${page}` : page);
}
