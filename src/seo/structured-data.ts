/**
 * The schema.org graph of a page: one JSON-LD @graph with the site, its publisher and the page itself,
 * linked by @id. Every word comes from the caller (the dictionary or content), so it works in any language.
 */
import type {
  AboutPage,
  BreadcrumbList,
  CollectionPage,
  CollectionPageLeaf,
  CreativeWork,
  DefinedTerm,
  DefinedTermSetLeaf,
  FAQPage,
  FAQPageLeaf,
  Graph,
  IdReference,
  MedicalCondition,
  MedicalProcedure,
  MedicalTherapy,
  MedicalWebPage,
  MedicalWebPageLeaf,
  MergeLeafTypes,
  Organization,
  Question,
  Report,
  ScholarlyArticle,
  SearchResultsPage,
  Thing,
  WebPage,
  WebPageLeaf,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { SOURCE_KINDS } from '../collections/choices';
import { isoDay } from '../site/dates';

export interface Crumb {
  name: string;
  url: string;
}

/** Who publishes the site, in the page's language; every URL absolute. */
export interface SiteFacts {
  name: string;
  /** BCP 47 language of the page, as on <html lang>. */
  language: string;
  /** This language's home page: the WebSite. */
  homeUrl: string;
  /** The site's root (the default language's home): the Organization, the same in every language. */
  organizationUrl: string;
  logoUrl: string;
  /** The About page, which states how we write and review: the Organization's publishingPrinciples. */
  aboutUrl: string;
  /** What the site is about, e.g. "Capillary mesotherapy". */
  procedureName: string;
}

/** A source as the page's citation: its title as the page shows it, and its DOI or link. */
export interface CitedSource {
  title: string;
  kind: (typeof SOURCE_KINDS)[number];
  doi?: string;
  url?: string;
}

export interface FaqAnswer {
  question: string;
  answerText: string;
  url?: string;
}

export interface GlossaryTerm {
  /** The term's anchor on the glossary page. */
  url: string;
  term: string;
  definition: string;
}

/** A treatment the comparison page sets beside mesotherapy, by its name (the table says what it involves). */
export interface ComparedOption {
  name: string;
}

/** What a page is, which decides its schema.org type. */
export type PageKind =
  /** Reviewed patient information about the treatment: guides, FAQs, side effects, the home page. */
  | { type: 'medical' }
  /** A page about one kind of hair loss; it mentions the treatment. */
  | { type: 'condition'; condition: string }
  /** An index page listing a collection; `medical` when its list is patient information (side effects, conditions). */
  | { type: 'collection'; medical: boolean }
  /** The FAQ index: every question with the short answer the page shows. */
  | { type: 'faqIndex'; questions: FaqAnswer[] }
  | { type: 'glossary'; terms: GlossaryTerm[] }
  /** The comparison of treatment options (/compare/): about the procedure, mentioning each option it sets beside it. */
  | { type: 'comparison'; options: ComparedOption[] }
  | { type: 'about' }
  /** Any other page about the site itself: accessibility, privacy, for clinics, the estimator. */
  | { type: 'page' }
  | { type: 'search' };

export interface ReviewedDates {
  published: Date;
  lastReviewed: Date;
}

export interface PageFacts {
  url: string;
  title: string;
  description: string;
  kind: PageKind;
  /** Home first, this page last; left out on the home page, which has no trail. */
  crumbs?: Crumb[];
  /** Pages with reviewed content; the search page has none. */
  dates?: ReviewedDates;
  sources?: CitedSource[];
}

const ref = (id: string): IdReference => ({ '@id': id });

const ids = (site: SiteFacts) => ({
  website: `${site.homeUrl}#website`,
  organization: `${site.organizationUrl}#organization`,
  procedure: `${site.homeUrl}#procedure`,
});

/** How each kind of source is typed: journal papers are ScholarlyArticles; the rest are said for what they are. */
const SOURCE_TYPES = {
  review: 'ScholarlyArticle',
  trial: 'ScholarlyArticle',
  'retrospective-study': 'ScholarlyArticle',
  'case-report': 'ScholarlyArticle',
  editorial: 'ScholarlyArticle',
  // Public-health reports and professional bodies' position papers.
  guidance: 'Report',
  // Drug labels: documents with no closer schema.org type.
  label: 'CreativeWork',
  'clinic-article': 'WebPage',
} as const satisfies Record<CitedSource['kind'], string>;

/**
 * A source as a citation: its DOI (as a doi.org URL) or link identifies it; only a source with neither carries its title.
 * No @id, as nothing else refers to it. Both keep every page's graph small.
 */
export function citation(source: CitedSource): ScholarlyArticle | Report | CreativeWork | WebPage {
  const link = source.doi ? `https://doi.org/${source.doi}` : source.url;
  return { '@type': SOURCE_TYPES[source.kind], ...(link ? { url: link } : { name: source.title }) } as
    ScholarlyArticle | Report | CreativeWork | WebPage;
}

/** schema.org FAQPage with each question and its answer as plain text (also the clinics' ready block). */
export function faqPage(questions: FaqAnswer[]): WithContext<FAQPage> {
  return { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: questions.map(question) };
}

function question(item: FaqAnswer): Question {
  return {
    '@type': 'Question',
    name: item.question,
    ...(item.url ? { url: item.url } : {}),
    acceptedAnswer: { '@type': 'Answer', text: item.answerText },
  };
}

type PageNode =
  | MedicalWebPage
  | AboutPage
  | WebPage
  | SearchResultsPage
  | CollectionPage
  | MergeLeafTypes<[MedicalWebPageLeaf, FAQPageLeaf]>
  | MergeLeafTypes<[CollectionPageLeaf, MedicalWebPageLeaf]>
  | MergeLeafTypes<[WebPageLeaf, DefinedTermSetLeaf]>;

type PageProperties = Omit<WebPageLeaf, '@type'>;

/** The page node: its type, and the properties that follow from what the page is, over the ones every page has. */
function pageNode(kind: PageKind, common: PageProperties, procedure: IdReference): PageNode {
  const patient = { audience: { '@type': 'Patient' } } as const;
  switch (kind.type) {
    case 'medical':
      return { '@type': 'MedicalWebPage', ...common, ...patient, about: procedure };
    case 'condition': {
      const condition: MedicalCondition = { '@type': 'MedicalCondition', name: kind.condition };
      return { '@type': 'MedicalWebPage', ...common, ...patient, about: condition, mentions: procedure };
    }
    case 'collection':
      return kind.medical
        ? { '@type': ['CollectionPage', 'MedicalWebPage'], ...common, ...patient, about: procedure }
        : { '@type': 'CollectionPage', ...common };
    case 'faqIndex':
      return {
        '@type': ['MedicalWebPage', 'FAQPage'],
        ...common,
        ...patient,
        about: procedure,
        mainEntity: kind.questions.map(question),
      };
    case 'glossary': {
      const terms: DefinedTerm[] = kind.terms.map((term) => ({
        '@type': 'DefinedTerm',
        '@id': term.url,
        name: term.term,
        description: term.definition,
      }));
      return { '@type': ['WebPage', 'DefinedTermSet'], ...common, hasDefinedTerm: terms };
    }
    case 'comparison': {
      const options: MedicalTherapy[] = kind.options.map(({ name }) => ({ '@type': 'MedicalTherapy', name }));
      return { '@type': 'MedicalWebPage', ...common, ...patient, about: procedure, mentions: options };
    }
    case 'about':
      return { '@type': 'AboutPage', ...common };
    case 'page':
      return { '@type': 'WebPage', ...common };
    case 'search':
      return { '@type': 'SearchResultsPage', ...common };
  }
}

const aboutTheProcedure = (kind: PageKind) =>
  ['medical', 'condition', 'faqIndex', 'comparison'].includes(kind.type) ||
  (kind.type === 'collection' && kind.medical);

/** The one @graph of a page: WebSite, Organization, the page, and its breadcrumb trail when it has one. */
export function pageGraph(page: PageFacts, site: SiteFacts): Graph {
  const id = ids(site);
  const organization: Organization = {
    '@type': 'Organization',
    '@id': id.organization,
    name: site.name,
    url: site.organizationUrl,
    logo: site.logoUrl,
    publishingPrinciples: site.aboutUrl,
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': id.website,
    url: site.homeUrl,
    name: site.name,
    inLanguage: site.language,
    publisher: ref(id.organization),
  };
  const breadcrumbId = `${page.url}#breadcrumb`;
  const hasTrail = (page.crumbs?.length ?? 0) > 1;
  const common: PageProperties = {
    '@id': page.url,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: site.language,
    isPartOf: ref(id.website),
    publisher: ref(id.organization),
    ...(hasTrail ? { breadcrumb: ref(breadcrumbId) } : {}),
    ...(page.dates
      ? {
          datePublished: isoDay(page.dates.published),
          // A content change is a review (content/README.md, "Review dates"), so the page last changed when it was last reviewed.
          dateModified: isoDay(page.dates.lastReviewed),
          lastReviewed: isoDay(page.dates.lastReviewed),
          // The site names no clinician: the reviewer is the publisher, following the About page's review process.
          reviewedBy: ref(id.organization),
        }
      : {}),
    ...(page.sources?.length ? { citation: page.sources.map(citation) } : {}),
  };
  const procedure: MedicalProcedure = { '@type': 'MedicalProcedure', '@id': id.procedure, name: site.procedureName };
  const trail: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': breadcrumbId,
    itemListElement: (page.crumbs ?? []).map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
  const graph: Thing[] = [website, organization, pageNode(page.kind, common, ref(id.procedure)) as Thing];
  if (aboutTheProcedure(page.kind)) graph.push(procedure);
  if (hasTrail) graph.push(trail);
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** Serialises JSON-LD for a <script> element; "<" is escaped so content cannot close the element. */
export function jsonLdText(data: object, indent?: number): string {
  return JSON.stringify(data, null, indent).replace(/</g, '\\u003c');
}
