/**
 * The JSON feeds clinics and partners read (/api/faqs.json, /api/side-effects.json; /es/api/… per language).
 * Field types come from the content schemas, so a schema change shows up here as a type error.
 */
import type { z } from 'astro/zod';
import type { FAQPage, WithContext } from 'schema-dts';
import type { faqSchema, sideEffectSchema } from '../../collections/schemas';
import { type Locale, localePath } from '../../site/locales';
import { absoluteUrl } from '../../site/routes';
import { ui } from '../../i18n';

type FaqData = z.output<ReturnType<typeof faqSchema>>;
type SideEffectData = z.output<ReturnType<typeof sideEffectSchema>>;

interface FaqFeedItem {
  /** The question's slug: what ?ids= takes on the FAQ embed. */
  id: string;
  question: FaqData['question'];
  /** The answer as clean HTML with absolute links, safe to show on another site. */
  answerHtml: string;
  answerText: string;
  category: FaqData['category'];
  categoryName: string;
  url: string;
  /** YYYY-MM-DD */
  lastReviewed: string;
}

export interface SideEffectFeedItem {
  id: string;
  title: SideEffectData['title'];
  summary: SideEffectData['description'];
  howCommon: SideEffectData['howCommon'];
  howLong: SideEffectData['howLong'];
  serious: SideEffectData['serious'];
  bodyHtml: string;
  bodyText: string;
  url: string;
  lastReviewed: string;
}

export interface ContentFeed<Item> {
  /** When the site was built, as an ISO date-time. */
  generated: string;
  language: string;
  license: string;
  /** What to show next to our content wherever it appears. */
  attribution: string;
  items: Item[];
}

export interface FaqFeed extends ContentFeed<FaqFeedItem> {
  /** FAQPage JSON-LD for every question, for a page that shows them all as text. */
  structuredData: WithContext<FAQPage>;
}

/** The fields every feed starts with: when it was built, its language, and the licence and credit to show. */
export function feedHeader(locale: Locale, site: URL): Omit<ContentFeed<never>, 'items'> {
  const t = ui(locale);
  return {
    generated: new Date().toISOString(),
    language: locale,
    license: t.footer.licence,
    attribution: `${t.siteName}, ${absoluteUrl(site, localePath(locale))}`,
  };
}

/** A feed as the response body: pretty-printed, so a clinic's developer can read it. */
export function feedResponse(feed: ContentFeed<unknown>): Response {
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
