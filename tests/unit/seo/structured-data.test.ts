import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, jsonLdText, medicalWebPage } from '../../../src/seo/structured-data';

describe('structured data', () => {
  it('describes a reviewed medical page with an ISO review date', () => {
    const page = medicalWebPage({
      url: 'https://example.org/faqs/',
      title: 'Questions',
      description: 'Answers',
      lastReviewed: new Date('2026-11-25'),
      locale: 'en',
      siteName: 'Mesotherapy Guide',
    });
    expect(page['@type']).toBe('MedicalWebPage');
    expect(page).toMatchObject({ lastReviewed: '2026-11-25', inLanguage: 'en', name: 'Questions' });
  });

  it('numbers breadcrumbs from 1', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'FAQs', url: 'https://example.org/faqs/' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'FAQs', item: 'https://example.org/faqs/' },
    ]);
  });

  it('lists each question with its answer', () => {
    const page = faqPage([{ question: 'Does it hurt?', answerText: 'Most people feel some discomfort.' }]);
    expect(page.mainEntity).toEqual([
      { '@type': 'Question', name: 'Does it hurt?', acceptedAnswer: { '@type': 'Answer', text: 'Most people feel some discomfort.' } },
    ]);
  });

  it('cannot be broken out of its script element by content', () => {
    expect(jsonLdText({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
