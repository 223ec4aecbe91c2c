import { indexPageEntry, urlOf } from '../../site/content-queries';
import { mdxToPlainText, mdxToPortableHtml, type PortableLinks } from '../../site/plain-text';
import { type Locale, localePath } from '../../language/locales';
import { absoluteUrl } from '../../site/routes';
import { entryPath } from '../../collections/urls';
import { ui } from '../../i18n';
import { FEEDS, type FeedFacts, type FeedName } from './feeds';

/**
 * Where /for-clinics/ documents the feeds and states the terms of reuse: its headings' anchors, which come from the
 * headings' words, so each language has its own (a test checks each exists on its page).
 */
const FOR_CLINICS = 'for-clinics';
const FEEDS_SECTION: Record<Locale, string> = { en: 'feeds-for-developers', es: 'feeds-para-desarrolladores' };
const REUSE_SECTION: Record<Locale, string> = { en: 'reusing-our-content', es: 'volver-a-usar-nuestro-contenido' };

/** A feed's title, address and terms in one language; its index page gives the title and description. */
export async function feedFacts(locale: Locale, site: URL, feed: FeedName): Promise<FeedFacts> {
  const t = ui(locale);
  const { path, indexPage } = FEEDS[feed];
  const { data } = await indexPageEntry(locale, indexPage);
  const home = absoluteUrl(site, localePath(locale));
  const forClinics = absoluteUrl(site, entryPath(locale, 'pages', FOR_CLINICS));
  return {
    title: `${data.title} | ${t.siteName}`,
    description: data.description,
    homePageUrl: absoluteUrl(site, localePath(locale, indexPage)),
    feedUrl: absoluteUrl(site, localePath(locale, path)),
    language: locale,
    faviconUrl: absoluteUrl(site, '/favicon.svg'),
    author: { name: t.siteName, url: home },
    aboutUrl: `${forClinics}#${FEEDS_SECTION[locale]}`,
    licenceUrl: `${forClinics}#${REUSE_SECTION[locale]}`,
    attribution: `${t.siteName}, ${home}`,
  };
}

/** The fields every reviewed entry gives its feed item: its page, its words as portable HTML and text, its dates. */
export function reviewedEntryFields(
  collection: 'faqs' | 'sideEffects',
  entry: {
    id: string;
    body?: string;
    data: { description: string; firstPublished?: Date; lastReviewed: Date; nextReview: Date };
  },
  site: URL,
  links: PortableLinks,
) {
  return {
    url: absoluteUrl(site, urlOf(collection, entry)),
    summary: entry.data.description,
    html: mdxToPortableHtml(entry.body ?? '', links),
    text: mdxToPlainText(entry.body ?? ''),
    published: entry.data.firstPublished ?? entry.data.lastReviewed,
    lastReviewed: entry.data.lastReviewed,
    nextReview: entry.data.nextReview,
  };
}
