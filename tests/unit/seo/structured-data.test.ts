import { describe, expect, it } from 'vitest';
import {
  type CitedSource,
  faqPage,
  jsonLdText,
  type PageFacts,
  type PageKind,
  pageGraph,
  type SiteFacts,
} from '../../../src/seo/structured-data';
import { entryPageKind, siteFacts } from '../../../src/seo/site-facts';
import { schemaOrgProblems } from '../../support/schema-org';

// A made-up second language, so nothing in the builder can lean on English words or the root path.
const site: SiteFacts = {
  name: 'Guía de mesoterapia',
  language: 'es',
  homeUrl: 'https://example.org/es/',
  organizationUrl: 'https://example.org/',
  logoUrl: 'https://example.org/favicon.svg',
  aboutUrl: 'https://example.org/es/about/',
  procedureName: 'Mesoterapia capilar',
};

const sources: CitedSource[] = [
  { title: 'A randomised trial', kind: 'trial', doi: '10.4103/ijt.ijt_89_18' },
  { title: 'A position paper', kind: 'guidance', url: 'https://ijdvl.com/position-paper-on-mesotherapy' },
  { title: 'Drug labels', kind: 'label' },
  { title: "A clinic's article", kind: 'clinic-article' },
];

function page(kind: PageKind, overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    url: 'https://example.org/es/faqs/dolor/',
    title: '¿Duele?',
    description: 'La mayoría siente algo de molestia.',
    kind,
    crumbs: [
      { name: 'Inicio', url: 'https://example.org/es/' },
      { name: 'Preguntas', url: 'https://example.org/es/faqs/' },
      { name: '¿Duele?', url: 'https://example.org/es/faqs/dolor/' },
    ],
    dates: { published: new Date('2026-01-10'), lastReviewed: new Date('2026-11-25') },
    sources,
    ...overrides,
  };
}

type Node = Record<string, unknown>;
const nodes = (graph: { '@graph': readonly unknown[] }) => graph['@graph'] as Node[];
const pageNode = (graph: { '@graph': readonly unknown[] }) =>
  nodes(graph).find((node) => node['@id'] === 'https://example.org/es/faqs/dolor/')!;

const KINDS: Record<PageKind['type'], PageKind> = {
  medical: { type: 'medical' },
  condition: { type: 'condition', condition: 'Efluvio telógeno' },
  collection: { type: 'collection', medical: true },
  faqIndex: {
    type: 'faqIndex',
    questions: [{ question: '¿Duele?', answerText: 'Un poco.', url: 'https://example.org/es/faqs/dolor/' }],
  },
  glossary: {
    type: 'glossary',
    terms: [{ url: 'https://example.org/es/glossary/#anagen', term: 'Anágeno', definition: 'La fase de crecimiento.' }],
  },
  comparison: {
    type: 'comparison',
    options: [{ name: 'Minoxidil (loción o espuma)' }],
  },
  about: { type: 'about' },
  page: { type: 'page' },
  search: { type: 'search' },
};

describe('pageGraph', () => {
  it.each(Object.values(KINDS))('is valid schema.org with every @id resolved: %o', (kind) => {
    expect(schemaOrgProblems(pageGraph(page(kind), site) as unknown as Node)).toEqual([]);
  });

  it.each([
    [KINDS.medical, 'MedicalWebPage'],
    [KINDS.condition, 'MedicalWebPage'],
    [KINDS.collection, ['CollectionPage', 'MedicalWebPage']],
    [{ type: 'collection', medical: false } as const, 'CollectionPage'],
    [KINDS.faqIndex, ['MedicalWebPage', 'FAQPage']],
    [KINDS.glossary, ['WebPage', 'DefinedTermSet']],
    [KINDS.comparison, 'MedicalWebPage'],
    [KINDS.about, 'AboutPage'],
    [KINDS.page, 'WebPage'],
    [KINDS.search, 'SearchResultsPage'],
  ])('types a %o page as %o', (kind, type) => {
    expect(pageNode(pageGraph(page(kind), site))['@type']).toEqual(type);
  });

  it('names each option a comparison sets beside the procedure as a therapy', () => {
    expect(pageNode(pageGraph(page(KINDS.comparison), site))).toMatchObject({
      about: { '@id': 'https://example.org/es/#procedure' },
      mentions: [{ '@type': 'MedicalTherapy', name: 'Minoxidil (loción o espuma)' }],
    });
  });

  it('names the site and its publisher with stable @ids, in the page language', () => {
    const [website, organization] = nodes(pageGraph(page(KINDS.medical), site));
    expect(website).toEqual({
      '@type': 'WebSite',
      '@id': 'https://example.org/es/#website',
      url: 'https://example.org/es/',
      name: 'Guía de mesoterapia',
      inLanguage: 'es',
      publisher: { '@id': 'https://example.org/#organization' },
    });
    expect(organization).toMatchObject({
      '@id': 'https://example.org/#organization',
      url: 'https://example.org/',
      logo: 'https://example.org/favicon.svg',
      publishingPrinciples: 'https://example.org/es/about/',
    });
  });

  it('links the page to the site, the publisher, its reviewer and its breadcrumb by @id, with its dates', () => {
    const graph = pageGraph(page(KINDS.medical), site);
    expect(pageNode(graph)).toMatchObject({
      url: 'https://example.org/es/faqs/dolor/',
      inLanguage: 'es',
      isPartOf: { '@id': 'https://example.org/es/#website' },
      publisher: { '@id': 'https://example.org/#organization' },
      reviewedBy: { '@id': 'https://example.org/#organization' },
      breadcrumb: { '@id': 'https://example.org/es/faqs/dolor/#breadcrumb' },
      datePublished: '2026-01-10',
      dateModified: '2026-11-25',
      lastReviewed: '2026-11-25',
      about: { '@id': 'https://example.org/es/#procedure' },
    });
    const trail = nodes(graph).find((node) => node['@type'] === 'BreadcrumbList')!;
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Inicio', item: 'https://example.org/es/' },
      { '@type': 'ListItem', position: 2, name: 'Preguntas', item: 'https://example.org/es/faqs/' },
      { '@type': 'ListItem', position: 3, name: '¿Duele?', item: 'https://example.org/es/faqs/dolor/' },
    ]);
    expect(nodes(graph).find((node) => node['@type'] === 'MedicalProcedure')).toMatchObject({
      name: 'Mesoterapia capilar',
    });
  });

  it('cites journal papers as ScholarlyArticles by DOI, other sources as what they are, and names only those without a link, by the title the page shows', () => {
    expect(pageNode(pageGraph(page(KINDS.medical), site)).citation).toEqual([
      { '@type': 'ScholarlyArticle', url: 'https://doi.org/10.4103/ijt.ijt_89_18' },
      { '@type': 'Report', url: 'https://ijdvl.com/position-paper-on-mesotherapy' },
      { '@type': 'CreativeWork', name: 'Drug labels' },
      { '@type': 'WebPage', name: "A clinic's article" },
    ]);
  });

  it('makes a condition page about its condition, mentioning the treatment', () => {
    expect(pageNode(pageGraph(page(KINDS.condition), site))).toMatchObject({
      about: { '@type': 'MedicalCondition', name: 'Efluvio telógeno' },
      mentions: { '@id': 'https://example.org/es/#procedure' },
    });
  });

  it('lists the FAQ index questions and the glossary terms as the page shows them', () => {
    expect(pageNode(pageGraph(page(KINDS.faqIndex), site)).mainEntity).toEqual([
      {
        '@type': 'Question',
        name: '¿Duele?',
        url: 'https://example.org/es/faqs/dolor/',
        acceptedAnswer: { '@type': 'Answer', text: 'Un poco.' },
      },
    ]);
    expect(pageNode(pageGraph(page(KINDS.glossary), site)).hasDefinedTerm).toEqual([
      {
        '@type': 'DefinedTerm',
        '@id': 'https://example.org/es/glossary/#anagen',
        name: 'Anágeno',
        description: 'La fase de crecimiento.',
      },
    ]);
  });

  it('leaves out what a page does not have: a trail on the home page, dates and citations on the search page', () => {
    const home = pageGraph(page(KINDS.medical, { crumbs: [{ name: 'Inicio', url: 'https://example.org/es/' }] }), site);
    expect(nodes(home).some((node) => node['@type'] === 'BreadcrumbList')).toBe(false);
    expect(pageNode(home)).not.toHaveProperty('breadcrumb');
    const search = pageGraph(page(KINDS.search, { crumbs: undefined, dates: undefined, sources: undefined }), site);
    expect(pageNode(search)).not.toHaveProperty('lastReviewed');
    expect(pageNode(search)).not.toHaveProperty('citation');
    // Pages not about the treatment carry no procedure node.
    expect(nodes(search).some((node) => node['@type'] === 'MedicalProcedure')).toBe(false);
  });
});

describe('entryPageKind', () => {
  it('decides the type by what the entry is', () => {
    expect(entryPageKind('guides', 'safety', 'Safety')).toEqual({ type: 'medical' });
    expect(entryPageKind('faqs', 'is-it-painful', 'Is it painful?')).toEqual({ type: 'medical' });
    expect(entryPageKind('conditions', 'telogen-effluvium', 'Telogen effluvium')).toEqual({
      type: 'condition',
      condition: 'Telogen effluvium',
    });
    expect(entryPageKind('pages', 'about', 'About this site')).toEqual({ type: 'about' });
    expect(entryPageKind('pages', 'privacy', 'Privacy')).toEqual({ type: 'page' });
  });
});

describe('siteFacts', () => {
  it('builds absolute, base-aware URLs from the configured site', () => {
    expect(siteFacts(new URL('https://example.org/'), 'en')).toMatchObject({
      language: 'en',
      homeUrl: 'https://example.org/',
      organizationUrl: 'https://example.org/',
      aboutUrl: 'https://example.org/about/',
      procedureName: 'Capillary mesotherapy',
    });
  });
});

describe('faqPage', () => {
  it('lists each question with its answer', () => {
    expect(
      faqPage([{ question: 'Does it hurt?', answerText: 'Most people feel some discomfort.' }]).mainEntity,
    ).toEqual([
      {
        '@type': 'Question',
        name: 'Does it hurt?',
        acceptedAnswer: { '@type': 'Answer', text: 'Most people feel some discomfort.' },
      },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot be broken out of its script element by content', () => {
    expect(jsonLdText({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('the schema.org checker', () => {
  it('finds unknown types and properties, wrong domains and ranges, and dangling @id references', () => {
    const problems = schemaOrgProblems({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPag', name: 'x' },
        { '@type': 'Question', lastReviewed: '2026-11-25', colour: 'blue' },
        { '@type': 'WebPage', publisher: { '@id': 'https://example.org/#nobody' }, author: 42 },
        { '@type': 'WebPage', reviewedBy: { '@type': 'Answer', text: 'x' } },
      ],
    });
    expect(problems).toEqual([
      '@graph[0](WebPag): unknown type WebPag',
      expect.stringContaining('@graph[0](WebPag).name: not a property of WebPag'),
      expect.stringContaining('@graph[1](Question).lastReviewed: not a property of Question'),
      '@graph[1](Question).colour: unknown property',
      '@graph[2](WebPage).publisher: @id https://example.org/#nobody is not a node of this graph',
      expect.stringContaining('@graph[2](WebPage).author: a number where'),
      expect.stringContaining('@graph[3](WebPage).reviewedBy: Answer where Organization, Person is expected'),
    ]);
  });
});
