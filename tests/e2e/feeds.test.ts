import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FEED_EXTENSION,
  FEEDS,
  type FaqFeed,
  type JsonFeed,
  type SideEffectFeed,
} from '../../src/features/clinics/feeds';
import { builtPage } from '../support/built-html.ts';
import { jsonFeedProblems } from '../support/json-feed.ts';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { LOCALES, localePath, ui } from '../support/languages.ts';
import { DIST } from '../support/static-server.ts';

const read = <Feed>(path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Feed;
/** The entries built in a folder of pages ("/es/faqs/"), by slug. */
const builtSlugs = (folder: string) =>
  readdirSync(join(DIST, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const pathOf = (url: string) => new URL(url).pathname;
const existsInDist = (url: string) => existsSync(join(DIST, pathOf(url), 'index.html'));
/** The entries of a collection written in a language: content/faqs/es/*.mdx, by slug. */
const contentSlugs = (folder: string, locale: string) =>
  readdirSync(join(import.meta.dirname, '..', '..', 'content', folder, locale))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
/** The embed of one question, as a URL existsInDist() takes. */
const absoluteEmbed = (locale: string, id: string) =>
  `http://site${localePath(locale as (typeof LOCALES)[number], `embed/faq/${id}`)}`;
/** Whether a URL's #anchor is an id on the built page it points to. */
const anchorExists = (url: string) => builtPage(pathOf(url))(`[id="${new URL(url).hash.slice(1)}"]`).length === 1;

/** Every feed in every language: /api/faqs.json, /es/api/faqs.json… */
const feeds = LOCALES.flatMap((locale) =>
  Object.values(FEEDS).map((feed) => ({
    locale,
    path: localePath(locale, feed.path),
    indexPage: localePath(locale, feed.indexPage),
    folder: feed.indexPage,
  })),
);

describe.each(feeds)('the feed $path', ({ locale, path, indexPage, folder }) => {
  const feed = read<JsonFeed<{ id: string; last_reviewed: string }>>(path);

  it('is valid JSON Feed 1.1', () => {
    expect(jsonFeedProblems(feed as unknown as Record<string, unknown>)).toEqual([]);
  });

  it(`is what ${indexPage} offers feed readers, in its language`, () => {
    const link = builtPage(indexPage)('link[rel="alternate"][type="application/feed+json"]');
    expect(link.attr('href')).toBe(path);
    expect(link.attr('title')).toBe(feed.title);
    expect(pathOf(feed.feed_url)).toBe(path);
    expect(pathOf(feed.home_page_url)).toBe(indexPage);
    expect(feed.language).toBe(locale);
  });

  it('lists every entry once, each with a page that exists and the review date that page shows', () => {
    expect(feed.items.map((item) => item[FEED_EXTENSION].id).sort()).toEqual(builtSlugs(indexPage));
    // …and every entry written for this language in content/ (a page missing from the build too would pass the above).
    expect(builtSlugs(indexPage)).toEqual(contentSlugs(folder, locale));
    expect(
      feed.items.every((item) => pathOf(item.url).startsWith(indexPage)),
      'every item in this language',
    ).toBe(true);
    for (const item of feed.items) {
      expect(existsInDist(item.url), item.url).toBe(true);
      const shown = builtPage(pathOf(item.url))('.review-dates time').first().attr('datetime');
      expect(item.date_modified.slice(0, 10), item.url).toBe(shown);
      expect(item[FEED_EXTENSION].last_reviewed).toBe(shown);
      expect(item.title).toBe(builtPage(pathOf(item.url))('h1').text().trim());
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(item.content_html).toMatch(/^<(p|h2)>/);
      expect(item.content_html).not.toMatch(/<script|<[A-Z]|href="(?!https?:)/);
      expect(item.tags.length).toBeGreaterThan(0);
    }
  });

  it('dates itself by its newest review, links its terms and documentation, and credits us', () => {
    const extension = feed[FEED_EXTENSION];
    expect(extension.date_modified).toBe(
      feed.items
        .map((item) => item.date_modified)
        .sort()
        .at(-1),
    );
    expect(extension.version).toBe(1);
    expect(extension.attribution).toContain(ui(locale).siteName);
    expect(anchorExists(extension.licence), extension.licence).toBe(true);
    expect(anchorExists(extension.about), extension.about).toBe(true);
  });
});

describe.each(LOCALES)('the FAQ feed (%s)', (locale) => {
  const feed = read<FaqFeed>(localePath(locale, FEEDS.faqs.path));

  it('offers FAQPage structured data with every full answer, only with the rule that the page must show them all', () => {
    const block = feed[FEED_EXTENSION].structured_data!;
    // The same rule, in the same words, as the snippet builder shows beside its structured data.
    expect(block.rule).toBe(ui(locale).clinics.structuredDataRule);
    expect(builtPage(localePath(locale, 'for-clinics/snippet-builder'))('.builder-structured-data').text()).toContain(
      block.rule,
    );
    expect(schemaOrgProblems(block.json_ld as unknown as Record<string, unknown>)).toEqual([]);
    const answers = block.json_ld.mainEntity as unknown as Array<{ name: string; acceptedAnswer: { text: string } }>;
    expect(answers.map((answer) => [answer.name, answer.acceptedAnswer.text])).toEqual(
      feed.items.map((item) => [item.title, item.content_text]),
    );
  });

  it('tags each question with its category and names it for ?ids=', () => {
    for (const item of feed.items) {
      expect(pathOf(item.url)).toBe(localePath(locale, `faqs/${item[FEED_EXTENSION].id}`));
      expect(existsInDist(absoluteEmbed(locale, item[FEED_EXTENSION].id))).toBe(true);
    }
  });
});

describe.each(LOCALES)('the side-effects feed (%s)', (locale) => {
  it('gives how common each side effect is, how long it lasts and whether it is serious', () => {
    for (const item of read<SideEffectFeed>(localePath(locale, FEEDS.sideEffects.path)).items) {
      expect(item[FEED_EXTENSION]).toMatchObject({
        how_common: expect.any(String),
        how_long: expect.any(String),
        serious: expect.any(Boolean),
      });
    }
  });
});
