import type { BreadcrumbList, FAQPage, MedicalWebPage, WithContext } from 'schema-dts';
import { isoDay } from '../site/dates';

export interface Crumb {
  name: string;
  url: string;
}


/** schema.org MedicalWebPage for a reviewed content page. */
export function medicalWebPage(page: {
  url: string;
  title: string;
  description: string;
  lastReviewed: Date;
  locale: string;
  siteName: string;
}): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: page.locale,
    lastReviewed: isoDay(page.lastReviewed),
    audience: { '@type': 'Patient' },
    about: { '@type': 'MedicalProcedure', name: 'Capillary mesotherapy' },
    isPartOf: { '@type': 'WebSite', name: page.siteName },
  };
}

/** schema.org BreadcrumbList; the last crumb is the current page. */
export function breadcrumbList(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** schema.org FAQPage with each question and its answer as plain text. */
export function faqPage(questions: Array<{ question: string; answerText: string; url?: string }>): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map((item) => ({
      '@type': 'Question',
      name: item.question,
      ...(item.url ? { url: item.url } : {}),
      acceptedAnswer: { '@type': 'Answer', text: item.answerText },
    })),
  };
}

/** Serialises JSON-LD for a <script> element; "<" is escaped so content cannot close the element. */
export function jsonLdText(data: object, indent?: number): string {
  return JSON.stringify(data, null, indent).replace(/</g, '\\u003c');
}
