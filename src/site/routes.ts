import { type Locale, localePath } from './locales.ts';

/** The collections that become pages, and the URL folder each one lives in. */
export const PAGE_SECTIONS = {
  guides: 'guides',
  faqs: 'faqs',
  sideEffects: 'side-effects',
  conditions: 'conditions',
  pages: '',
} as const;
export type PageCollection = keyof typeof PAGE_SECTIONS;

/** URL of one content entry: entryPath('en', 'faqs', 'pain') → "/faqs/pain/". */
export function entryPath(locale: Locale, collection: PageCollection, slug: string): string {
  const folder = PAGE_SECTIONS[collection];
  return localePath(locale, folder ? `${folder}/${slug}` : slug);
}

/** URL of a section's index page: sectionPath('en', 'faqs') → "/faqs/". */
export function sectionPath(locale: Locale, collection: Exclude<PageCollection, 'pages'>): string {
  return localePath(locale, PAGE_SECTIONS[collection]);
}

/** Absolute URL for canonical links, feeds and clinic snippets. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
