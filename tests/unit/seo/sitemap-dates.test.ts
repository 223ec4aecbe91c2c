import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewDatesByPath, withReviewDate } from '../../../src/seo/sitemap-dates';

describe('sitemap review dates', () => {
  it('gives a page its review date as <lastmod> and leaves a page without one alone', () => {
    const serialize = withReviewDate(new Map([['/faqs/is-it-painful/', '2026-11-25']]));
    expect(serialize({ url: 'https://example.org/faqs/is-it-painful/' })).toEqual({
      url: 'https://example.org/faqs/is-it-painful/',
      lastmod: '2026-11-25',
    });
    expect(serialize({ url: 'https://example.org/search/' })).toEqual({ url: 'https://example.org/search/' });
  });

  it('reads every content page of content/, the home page and index pages included', () => {
    const dates = reviewDatesByPath(join(import.meta.dirname, '..', '..', '..'));
    for (const path of ['/', '/faqs/', '/faqs/is-it-painful/', '/about/', '/glossary/'])
      expect(dates.get(path), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
