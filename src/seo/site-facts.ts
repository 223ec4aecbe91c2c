import type { PageCollection } from '../collections/registry';
import { ui } from '../i18n';
import { DEFAULT_LOCALE, type Locale, localePath } from '../language/locales';
import { absoluteUrl } from '../site/routes';
import { entryPath } from '../collections/urls';
import type { PageKind, SiteFacts } from './structured-data';

/** The site page that says how we write and review: the publisher's publishingPrinciples, and an AboutPage. */
const ABOUT_PAGE_SLUG = 'about';

/** The shared image of link previews; its size is checked against the file by tests/e2e/seo.test.ts. */
export const SHARING_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The shared image of each language's link previews: the site's name and what it is, in that language. */
export const SHARING_IMAGE_PATHS: Record<Locale, string> = { en: '/og-image.png', es: '/og-image-es.png' };

/** The publisher and site in one language, with absolute URLs on the configured site. */
export function siteFacts(site: URL, locale: Locale): SiteFacts {
  const t = ui(locale);
  return {
    name: t.siteName,
    language: locale,
    homeUrl: absoluteUrl(site, localePath(locale)),
    organizationUrl: absoluteUrl(site, localePath(DEFAULT_LOCALE)),
    logoUrl: absoluteUrl(site, '/favicon.svg'),
    aboutUrl: absoluteUrl(site, entryPath(locale, 'pages', ABOUT_PAGE_SLUG)),
    procedureName: t.seo.procedure,
  };
}

/** What a content entry's page is: conditions are about their condition, site pages about the site. */
export function entryPageKind(collection: PageCollection, slug: string, title: string): PageKind {
  if (collection === 'conditions') return { type: 'condition', condition: title };
  if (collection === 'pages') return slug === ABOUT_PAGE_SLUG ? { type: 'about' } : { type: 'page' };
  return { type: 'medical' };
}
