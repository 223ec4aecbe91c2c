import { describe, expect, it } from 'vitest';
import {
  clinicSnippet,
  embedAddress,
  embedPath,
  structuredDataSnippet,
} from '../../../src/features/clinics/clinic-snippet';
import { faqPage } from '../../../src/seo/structured-data';

const site = 'https://mesotherapy-guide.example';

describe('embedPath', () => {
  it('is the build’s own embed without a country', () => {
    expect(embedPath('faq')).toBe('embed/faq');
    expect(embedPath('faq', undefined, 'is-it-painful')).toBe('embed/faq/is-it-painful');
  });

  it('puts the country, in lower case, before the embed', () => {
    expect(embedPath('side-effects', 'IE')).toBe('embed/country/ie/side-effects');
    expect(embedPath('estimator', 'US')).toBe('embed/country/us/estimator');
    expect(embedPath('faq', 'GB', 'is-it-painful')).toBe('embed/country/gb/faq/is-it-painful');
  });
});

describe('embedAddress', () => {
  it('builds the absolute address of the chosen country’s embed with only the chosen options', () => {
    expect(embedAddress(site, { locale: 'en', kind: 'faq', region: 'GB' }, {})).toBe(`${site}/embed/country/gb/faq/`);
    expect(
      embedAddress(
        `${site}/`,
        { locale: 'en', kind: 'faq', region: 'IE' },
        { ids: ['a', 'b'], accent: '#aa3300', theme: 'dark' },
      ),
    ).toBe(`${site}/embed/country/ie/faq/?ids=a,b&accent=%23aa3300&theme=dark`);
    expect(embedAddress(site, { locale: 'en', kind: 'side-effects', region: 'US' }, { theme: 'auto' })).toBe(
      `${site}/embed/country/us/side-effects/`,
    );
  });

  it('keeps the language and the country apart: Spanish words with Ireland’s numbers', () => {
    expect(embedAddress(site, { locale: 'es', kind: 'side-effects', region: 'IE' }, {})).toBe(
      `${site}/es/embed/country/ie/side-effects/`,
    );
    expect(embedAddress(site, { locale: 'en', kind: 'estimator', region: 'ES' }, { theme: 'light' })).toBe(
      `${site}/embed/country/es/estimator/?theme=light`,
    );
  });
});

describe('clinicSnippet', () => {
  it('is an accessible lazy iframe plus the loader from the same site, with attributes escaped', () => {
    const snippet = clinicSnippet({
      embedUrl: `${site}/embed/faq/?ids=a,b&theme=dark`,
      title: 'Questions "and" answers',
    });
    expect(snippet).toMatchInlineSnapshot(`
      "<iframe src="https://mesotherapy-guide.example/embed/faq/?ids=a,b&amp;theme=dark" title="Questions &quot;and&quot; answers" loading="lazy" width="100%" height="600"></iframe>
      <script src="https://mesotherapy-guide.example/embed.js" async></script>"
    `);
  });
});

describe('structuredDataSnippet', () => {
  it('wraps JSON-LD so that answer text cannot close the script element', () => {
    const block = structuredDataSnippet(faqPage([{ question: 'Q?', answerText: 'Use </script> safely.' }]));
    expect(block.startsWith('<script type="application/ld+json">\n{')).toBe(true);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.split('\n').slice(1, -1).join('\n'))).toMatchObject({ '@type': 'FAQPage' });
  });
});
