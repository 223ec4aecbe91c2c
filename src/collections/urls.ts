import { COLLECTIONS, type PageCollection } from './registry.ts';
import { type Locale, localePath } from '../language/locales.ts';

// The address of every content page, from the registry: the build, the content reader, the lint and the admin use these.

/** URL of one content entry: entryPath('en', 'faqs', 'pain') → "/faqs/pain/". */
export function entryPath(locale: Locale, collection: PageCollection, slug: string): string {
  const folder = COLLECTIONS[collection].urlFolder;
  return localePath(locale, folder ? `${folder}/${slug}` : slug);
}

/** URL of an index page (content/index-pages/<language>/<page>.yaml): the home page at the language's root, "faqs" → "/faqs/". */
export function indexPagePath(locale: Locale, page: string): string {
  return localePath(locale, page === 'home' ? '' : page);
}
