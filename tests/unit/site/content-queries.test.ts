import { beforeEach, describe, expect, it } from 'vitest';
import { FAQ_CATEGORIES } from '../../../src/collections/choices';
import {
  entriesIn,
  faqGroups,
  INDEX_PAGES,
  indexPageEntry,
  portableLinks,
  relatedPagesOf,
  sitePages,
  sourcesOf,
} from '../../../src/site/content-queries';
import { setCollections } from '../../support/astro-content';

const indexPage = (page: string) => ({
  id: `en/${page}`,
  data: { title: `${page} title`, description: `About ${page}.` },
});
const faq = (slug: string, question: string, category: string, order?: number) => ({
  id: `en/${slug}`,
  data: { question, category, description: `${question} answered.`, order, related: [] as string[] },
});

beforeEach(() => {
  setCollections({
    indexPages: INDEX_PAGES.map(indexPage),
    guides: [
      { id: 'en/second', data: { title: 'B guide', description: 'Second.', order: 2 } },
      { id: 'en/first', data: { title: 'Z guide', description: 'First.', order: 1 } },
      { id: 'en/unordered-a', data: { title: 'A guide', description: 'No order counts as 0.' } },
    ],
    faqs: [
      faq('results-how-soon', 'How soon are results?', FAQ_CATEGORIES[2]!),
      faq('is-it-painful', 'Is it painful?', FAQ_CATEGORIES[0]!),
      faq('cost', 'What does it cost?', FAQ_CATEGORIES[0]!, -1),
    ],
    glossary: [{ id: 'en/anagen', data: { term: 'Anagen' } }],
    sources: [
      { id: 'later', data: { number: 7 } },
      { id: 'earlier', data: { number: 3 } },
    ],
    pages: [{ id: 'en/about', data: { title: 'About us', description: 'Who we are.' } }],
  });
});

describe('entriesIn', () => {
  it('lists a collection in the editors’ order, then by title or question', async () => {
    expect((await entriesIn('guides', 'en')).map((entry) => entry.id)).toEqual([
      'en/unordered-a',
      'en/first',
      'en/second',
    ]);
    expect((await entriesIn('faqs', 'en')).map((entry) => entry.id)).toEqual([
      'en/cost',
      'en/results-how-soon',
      'en/is-it-painful',
    ]);
  });
});

describe('sitePages', () => {
  it('lists the index pages first, then every entry with its URL, title (a FAQ’s question) and collection', async () => {
    const pages = await sitePages('en');
    // The snippet builder belongs to the clinics page, so its address is under that page's.
    expect(pages.slice(0, INDEX_PAGES.length).map((page) => page.url)).toEqual([
      '/',
      '/faqs/',
      '/side-effects/',
      '/conditions/',
      '/glossary/',
      '/sources/',
      '/estimator/',
      '/urgent-help/',
      '/compare/',
      '/for-clinics/snippet-builder/',
    ]);
    expect(pages).toContainEqual({
      url: '/faqs/is-it-painful/',
      title: 'Is it painful?',
      description: 'Is it painful? answered.',
      collection: 'faqs',
    });
    expect(pages).toContainEqual({
      url: '/guides/first/',
      title: 'Z guide',
      description: 'First.',
      collection: 'guides',
    });
    expect(pages).toContainEqual({
      url: '/about/',
      title: 'About us',
      description: 'Who we are.',
      collection: 'pages',
    });
    expect(pages).toHaveLength(INDEX_PAGES.length + 3 + 3 + 1);
  });

  it('fails naming the file when an index page is missing', async () => {
    setCollections({ indexPages: [] });
    await expect(indexPageEntry('en', 'faqs')).rejects.toThrow('Missing content/index-pages/en/faqs.yaml');
  });
});

describe('relatedPagesOf', () => {
  it('turns paths into the pages’ links, keeping a #section', async () => {
    const related = await relatedPagesOf('en', {
      id: 'en/cost',
      data: { related: ['/faqs/is-it-painful/#numbing', '/guides/first/'] },
    });
    expect(related.map((page) => [page.url, page.title])).toEqual([
      ['/faqs/is-it-painful/#numbing', 'Is it painful?'],
      ['/guides/first/', 'Z guide'],
    ]);
  });

  it('fails naming the entry and the path that is not a page', async () => {
    await expect(
      relatedPagesOf('en', { id: 'en/cost', data: { related: ['/faqs/no-such-question/'] } }),
    ).rejects.toThrow('en/cost: related: "/faqs/no-such-question/" is not a page on this site');
  });
});

describe('faqGroups', () => {
  it('groups questions by category in category order and leaves out empty categories', async () => {
    const groups = await faqGroups('en');
    expect(groups.map((group) => group.category)).toEqual([FAQ_CATEGORIES[0], FAQ_CATEGORIES[2]]);
    expect(groups[0]!.faqs.map((entry) => entry.id)).toEqual(['en/cost', 'en/is-it-painful']);
  });
});

describe('sourcesOf', () => {
  it('gives an entry’s sources in the numbered order of the Sources page', async () => {
    const sources = await sourcesOf({
      data: {
        sources: [
          { collection: 'sources', id: 'later' },
          { collection: 'sources', id: 'earlier' },
        ],
      },
    });
    expect(sources.map((source) => source.id)).toEqual(['earlier', 'later']);
  });
});

describe('portableLinks', () => {
  it('points terms and citations at the glossary and the Sources page on the given site, and knows no others', async () => {
    const links = await portableLinks('en', new URL('https://clinic.example/'));
    expect(links.term('anagen')).toEqual({ url: 'https://clinic.example/glossary/#anagen', text: 'Anagen' });
    expect(links.source('earlier')).toEqual({ url: 'https://clinic.example/sources/#earlier', number: 3 });
    expect(links.term('telogen')).toBeUndefined();
    expect(links.source('unknown')).toBeUndefined();
  });
});
