import { COLLECTIONS, type PageCollection } from '../collections/registry.ts';
import { type Locale, localePath } from './locales.ts';

export type { PageCollection };

/** URL of one content entry: entryPath('en', 'faqs', 'pain') → "/faqs/pain/". */
export function entryPath(locale: Locale, collection: PageCollection, slug: string): string {
  const folder = COLLECTIONS[collection].urlFolder;
  return localePath(locale, folder ? `${folder}/${slug}` : slug);
}

/** The configured public address (astro.config.mjs `site`), or localhost for a build that sets none (the test fixtures). */
export function siteUrl(site: URL | undefined): URL {
  return site ?? new URL('http://localhost/');
}

/** Absolute URL for canonical links, feeds and clinic snippets. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
