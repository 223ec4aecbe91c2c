/**
 * The feeds of FAQs and side effects: JSON Feed 1.1 (https://jsonfeed.org/version/1.1), which feed readers
 * subscribe to, with our own fields for clinics under `_mesotherapy_guide` (the spec's way to extend it).
 * Field types come from the content schemas, so a schema change shows up here as a type error.
 */
import type { z } from 'astro/zod';
import type { FAQPage, WithContext } from 'schema-dts';
import type { faqSchema, sideEffectSchema } from '../../collections/schemas';
import type { IndexPage } from '../../site/content-queries';
import { type Locale, localePath } from '../../language/locales';
import type { FaqAnswer } from '../../seo/structured-data';
import { isoDay } from '../../site/dates';

type FaqData = z.output<ReturnType<typeof faqSchema>>;
type SideEffectData = z.output<ReturnType<typeof sideEffectSchema>>;

/** Each feed, where it lives (before the language prefix) and the index page that links to it. */
export const FEEDS = {
  faqs: { path: 'api/faqs.json', indexPage: 'faqs' },
  sideEffects: { path: 'api/side-effects.json', indexPage: 'side-effects' },
} as const satisfies Record<string, { path: string; indexPage: IndexPage }>;
export type FeedName = keyof typeof FEEDS;

/** The feed an index page offers to feed readers (<link rel="alternate">), if it has one. */
export function feedOfIndexPage(locale: Locale, page: IndexPage): { path: string } | undefined {
  const feed = Object.values(FEEDS).find((candidate) => candidate.indexPage === page);
  return feed && { path: localePath(locale, feed.path) };
}

/** Bumped when one of our own fields changes meaning or goes away; new fields may appear without it. */
const FEED_EXTENSION_VERSION = 1;
export const FEED_EXTENSION = '_mesotherapy_guide';
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Review dates as RFC 3339 date-times (midnight UTC), as JSON Feed requires. */
export const rfc3339 = (date: Date) => date.toISOString().replace('.000Z', 'Z');

interface ReviewFields {
  /** YYYY-MM-DD, as the page shows it. */
  last_reviewed: string;
  next_review: string;
}

export interface FaqExtension extends ReviewFields {
  /** The question's slug: what ?ids= takes on the FAQ embed. */
  id: string;
  category: FaqData['category'];
}

export interface SideEffectExtension extends ReviewFields {
  id: string;
  how_common: SideEffectData['howCommon'];
  how_long: SideEffectData['howLong'];
  serious: SideEffectData['serious'];
}

export interface FeedItem<Extension> {
  /** The page's absolute URL: unique and kept when the item is updated. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Clean HTML with absolute links, safe to show on another site. */
  content_html: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  [FEED_EXTENSION]: Extension;
}

export interface FeedExtension {
  /** Where our fields are documented. */
  about: string;
  version: typeof FEED_EXTENSION_VERSION;
  /** The terms of reuse. */
  licence: string;
  /** What to show next to our content wherever it appears. */
  attribution: string;
  /** The newest review date of any item (none in an empty feed): changes only when the content does. */
  date_modified?: string;
  /** FAQPage JSON-LD of every question with its full answer, for a page that shows them all. */
  structured_data?: { rule: string; json_ld: WithContext<FAQPage> };
}

export interface JsonFeed<Extension> {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  favicon: string;
  authors: Array<{ name: string; url: string }>;
  items: Array<FeedItem<Extension>>;
  [FEED_EXTENSION]: FeedExtension;
}

export type FaqFeed = JsonFeed<FaqExtension>;
export type SideEffectFeed = JsonFeed<SideEffectExtension>;

/** A reviewed entry as the feed sees it: its words, its page and its dates. */
export interface FeedEntry<Extension> {
  url: string;
  title: string;
  summary: string;
  html: string;
  text: string;
  published: Date;
  lastReviewed: Date;
  nextReview: Date;
  tags: string[];
  extension: Omit<Extension, keyof ReviewFields>;
}

export function feedItem<Extension>(entry: FeedEntry<Extension>): FeedItem<Extension> {
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_html: entry.html,
    content_text: entry.text,
    date_published: rfc3339(entry.published),
    // A content change is a review, so an item changes when it is reviewed.
    date_modified: rfc3339(entry.lastReviewed),
    tags: entry.tags,
    [FEED_EXTENSION]: {
      ...entry.extension,
      last_reviewed: isoDay(entry.lastReviewed),
      next_review: isoDay(entry.nextReview),
    } as Extension,
  };
}

export interface FeedFacts {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  faviconUrl: string;
  author: { name: string; url: string };
  aboutUrl: string;
  licenceUrl: string;
  attribution: string;
  structuredData?: FeedExtension['structured_data'];
}

export function jsonFeed<Extension>(facts: FeedFacts, items: Array<FeedItem<Extension>>): JsonFeed<Extension> {
  const newest = items
    .map((item) => item.date_modified)
    .sort()
    .at(-1);
  return {
    version: JSON_FEED_VERSION,
    title: facts.title,
    home_page_url: facts.homePageUrl,
    feed_url: facts.feedUrl,
    description: facts.description,
    language: facts.language,
    favicon: facts.faviconUrl,
    authors: [facts.author],
    items,
    [FEED_EXTENSION]: {
      about: facts.aboutUrl,
      version: FEED_EXTENSION_VERSION,
      licence: facts.licenceUrl,
      attribution: facts.attribution,
      ...(newest ? { date_modified: newest } : {}),
      ...(facts.structuredData ? { structured_data: facts.structuredData } : {}),
    },
  };
}

/** FAQ items as questions with their full answers: what the feed's and the snippet builder's FAQPage blocks list. */
export function fullAnswers(items: Array<FeedItem<FaqExtension>>): FaqAnswer[] {
  return items.map((item) => ({ question: item.title, answerText: item.content_text, url: item.url }));
}

/** A feed as the response body: pretty-printed, so a clinic's developer can read it. */
export function feedResponse(feed: JsonFeed<unknown>): Response {
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}
