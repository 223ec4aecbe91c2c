import { describe, expect, it } from 'vitest';
import { closestId } from '../../../src/collections/closest-id';
import { contentLocation } from '../../../src/editor-tools/content-references';
import { urlsOfPageFile } from '../../../src/editor-tools/page-files';
import { reviewStatus } from '../../../src/editor-tools/review-status';
import { termTipId } from '../../../src/site/term-ids';

describe('reviewStatus', () => {
  const today = new Date('2026-11-25T15:00:00Z');
  it('is current more than 30 days ahead', () => {
    expect(reviewStatus(new Date('2026-12-26'), today)).toEqual({ state: 'current' });
  });
  it('is due soon within 30 days, including the day itself', () => {
    expect(reviewStatus(new Date('2026-12-25'), today)).toEqual({ state: 'due-soon', daysLeft: 30 });
    expect(reviewStatus(new Date('2026-11-25'), today)).toEqual({ state: 'due-soon', daysLeft: 0 });
  });
  it('is overdue once the date has passed', () => {
    expect(reviewStatus(new Date('2026-11-20'), today)).toEqual({ state: 'overdue', daysLate: 5 });
  });
});

describe('termTipId', () => {
  it('is the same on every build and unique on a page', () => {
    const page = new Map<string, number>();
    expect([termTipId(page, 'anagen'), termTipId(page, 'telogen'), termTipId(page, 'anagen')]).toEqual(['term-anagen', 'term-telogen', 'term-anagen-2']);
    expect(termTipId(new Map(), 'anagen')).toBe('term-anagen');
  });
});

describe('urlsOfPageFile', () => {
  it('finds the address of fixed pages and skips pages made from content', () => {
    expect(urlsOfPageFile('[...lang]/estimator.astro')).toEqual(['/estimator/']);
    expect(urlsOfPageFile('[...lang]/search/index.astro')).toEqual(['/search/']);
    expect(urlsOfPageFile('api/faqs.json.ts')).toEqual(['/api/faqs.json']);
    expect(urlsOfPageFile('[...lang]/faqs/[slug].astro')).toEqual([]);
    expect(urlsOfPageFile('404.astro')).toEqual([]);
  });
});

describe('content references', () => {
  it('knows where a content file sits', () => {
    expect(contentLocation('/site/content/faqs/en/is-it-painful.mdx')).toEqual({ folder: 'faqs', locale: 'en', slug: 'is-it-painful' });
    expect(contentLocation('content/sources/cdc-2005.yaml')).toEqual({ folder: 'sources', slug: 'cdc-2005' });
    expect(contentLocation('/site/src/pages/index.astro')).toBeUndefined();
  });
  it('suggests the closest id for a typo, and nothing for a different word', () => {
    expect(closestId('saceda-coralo-2022', ['saceda-corralo-2022', 'cdc-2005'])).toBe('saceda-corralo-2022');
    expect(closestId('minoxidl', ['minoxidil', 'finasteride'])).toBe('minoxidil');
    expect(closestId('ketoconazole', ['minoxidil', 'finasteride'])).toBeUndefined();
  });
});
