import { describe, expect, it } from 'vitest';
import {
  FEED_EXTENSION,
  feedItem,
  feedOfIndexPage,
  feedResponse,
  type FeedFacts,
  fullAnswers,
  jsonFeed,
  rfc3339,
  type FaqExtension,
} from '../../../src/features/clinics/feeds';
import { isoDay } from '../../../src/site/dates';
import { jsonFeedProblems } from '../../support/json-feed';

const facts: FeedFacts = {
  title: 'Preguntas | Guía de mesoterapia',
  description: 'Respuestas.',
  homePageUrl: 'https://example.org/es/faqs/',
  feedUrl: 'https://example.org/es/api/faqs.json',
  language: 'es',
  faviconUrl: 'https://example.org/favicon.svg',
  author: { name: 'Guía de mesoterapia', url: 'https://example.org/es/' },
  aboutUrl: 'https://example.org/es/for-clinics/#feeds-para-desarrolladores',
  licenceUrl: 'https://example.org/es/for-clinics/#volver-a-usar-nuestro-contenido',
  attribution: 'Guía de mesoterapia, https://example.org/es/',
};

const item = (slug: string, lastReviewed: string) =>
  feedItem<FaqExtension>({
    url: `https://example.org/es/faqs/${slug}/`,
    title: '¿Duele?',
    summary: 'Un poco.',
    html: '<p>Un poco.</p>',
    text: 'Un poco.',
    published: new Date('2026-01-10'),
    lastReviewed: new Date(lastReviewed),
    nextReview: new Date('2027-11-25'),
    tags: ['Sobre el tratamiento'],
    extension: { id: slug, category: 'about-the-treatment' },
  });

describe('feeds', () => {
  it('writes review dates as RFC 3339 date-times and as calendar days', () => {
    expect(rfc3339(new Date('2026-11-25'))).toBe('2026-11-25T00:00:00Z');
    expect(isoDay(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  });

  it('makes a valid JSON Feed 1.1 whose date is the newest review, not the build time', () => {
    const feed = jsonFeed(facts, [item('dolor', '2026-11-25'), item('sesiones', '2026-12-01')]);
    expect(jsonFeedProblems(feed as unknown as Record<string, unknown>)).toEqual([]);
    expect(feed[FEED_EXTENSION]).toEqual({
      about: facts.aboutUrl,
      version: 1,
      licence: facts.licenceUrl,
      attribution: facts.attribution,
      date_modified: '2026-12-01T00:00:00Z',
    });
  });

  it('puts the standard fields on each item and ours under the extension', () => {
    expect(item('dolor', '2026-11-25')).toEqual({
      id: 'https://example.org/es/faqs/dolor/',
      url: 'https://example.org/es/faqs/dolor/',
      title: '¿Duele?',
      summary: 'Un poco.',
      content_html: '<p>Un poco.</p>',
      content_text: 'Un poco.',
      date_published: '2026-01-10T00:00:00Z',
      date_modified: '2026-11-25T00:00:00Z',
      tags: ['Sobre el tratamiento'],
      _mesotherapy_guide: {
        id: 'dolor',
        category: 'about-the-treatment',
        last_reviewed: '2026-11-25',
        next_review: '2027-11-25',
      },
    });
  });

  it('gives the full answers for a FAQPage block', () => {
    expect(fullAnswers([item('dolor', '2026-11-25')])).toEqual([
      { question: '¿Duele?', answerText: 'Un poco.', url: 'https://example.org/es/faqs/dolor/' },
    ]);
  });

  it('has an empty feed without a content date rather than an invented one', () => {
    const feed = jsonFeed(facts, []);
    expect(jsonFeedProblems(feed as unknown as Record<string, unknown>)).toEqual([]);
    expect(feed[FEED_EXTENSION]).not.toHaveProperty('date_modified');
  });

  it('is linked from the FAQ and side-effects index pages only', () => {
    expect(feedOfIndexPage('en', 'faqs')).toEqual({ path: '/api/faqs.json' });
    expect(feedOfIndexPage('en', 'side-effects')).toEqual({ path: '/api/side-effects.json' });
    expect(feedOfIndexPage('en', 'glossary')).toBeUndefined();
  });

  it('serves a feed as readable JSON Feed', async () => {
    const response = feedResponse(jsonFeed(facts, [item('dolor', '2026-11-25')]));
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('\n  "version": "https://jsonfeed.org/version/1.1"');
  });
});

describe('the JSON Feed checker', () => {
  it('finds missing fields, bad dates, relative URLs, repeated ids and unmarked extensions', () => {
    expect(
      jsonFeedProblems({
        version: 'https://jsonfeed.org/version/1',
        feed_url: '/api/faqs.json',
        custom: true,
        items: [
          { id: 'a', url: '/faqs/a/', date_modified: '2026-11-25', content_text: 'x' },
          { id: 'a', date_published: '2026-11-25T00:00:00Z' },
        ],
      }),
    ).toEqual([
      'version is "https://jsonfeed.org/version/1"',
      'title is required',
      'feed_url is not an absolute URL',
      'custom: unknown field (extensions start with "_")',
      'items[0].url is not an absolute URL',
      'items[0].date_modified "2026-11-25" is not an RFC 3339 date-time',
      'items[1].id a is not unique',
      'items[1] needs content_html or content_text',
    ]);
  });
});
