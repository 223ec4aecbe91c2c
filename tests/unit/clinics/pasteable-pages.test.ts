import { describe, expect, it } from 'vitest';
import {
  embedOfPage,
  isPasteable,
  oembedPathOf,
  oembedResponse,
  pagePathOf,
} from '../../../src/features/clinics/pasteable-pages';

describe('pagePathOf', () => {
  it.each([
    ['/faqs/is-it-painful/', 'faqs/is-it-painful'],
    ['/es/faqs/', 'faqs'],
    ['/estimator/', 'estimator'],
    ['/', ''],
  ])('%s → %s', (pathname, path) => {
    expect(pagePathOf(pathname)).toBe(path);
  });
});

describe('the pages a clinic pastes', () => {
  it.each(['faqs', 'faqs/is-it-painful', 'side-effects', 'side-effects/bruising', 'estimator'])('%s is one', (page) => {
    expect(isPasteable(page)).toBe(true);
  });

  it.each(['', 'for-clinics', 'glossary', 'guides/safety', 'faqs/is-it-painful/more', 'embed/faq'])(
    '%j is not',
    (page) => {
      expect(isPasteable(page)).toBe(false);
      expect(embedOfPage(page, 'GB')).toBeNull();
    },
  );

  it('frames each page’s embed for the page’s country', () => {
    expect(embedOfPage('faqs', 'GB')).toBe('embed/country/gb/faq/');
    expect(embedOfPage('faqs/is-it-painful', 'IE')).toBe('embed/country/ie/faq/is-it-painful/');
    expect(embedOfPage('side-effects', 'ES')).toBe('embed/country/es/side-effects/');
    expect(embedOfPage('side-effects/bruising', 'US')).toBe('embed/country/us/side-effects/?ids=bruising');
    expect(embedOfPage('estimator', 'GB')).toBe('embed/country/gb/estimator/');
  });

  it('keeps each oEmbed file beside the others, named after its page', () => {
    expect(oembedPathOf('faqs/is-it-painful')).toBe('oembed/faqs/is-it-painful.json');
  });
});

describe('oembedResponse', () => {
  const response = oembedResponse({
    locale: 'es',
    title: 'Moratones & "marcas"',
    pageUrl: 'https://guide.example/es/side-effects/bruising/',
    embedUrl: 'https://guide.example/es/embed/country/es/side-effects/?ids=bruising',
    iframeTitle: 'Moratones, de Guía de Mesoterapia',
    providerName: 'Guía de Mesoterapia',
    site: new URL('https://guide.example/'),
  });

  it('has every field of an oEmbed 1.0 rich response', () => {
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Moratones & "marcas"',
      provider_name: 'Guía de Mesoterapia',
      provider_url: 'https://guide.example/es/',
      width: 600,
      height: 600,
      cache_age: 86400,
    });
  });

  it('writes a blockquote linking the page, then the iframe and the loader, escaped', () => {
    expect(response.html).toBe(
      '<blockquote><a href="https://guide.example/es/side-effects/bruising/">Moratones &amp; &quot;marcas&quot;</a></blockquote>\n' +
        '<iframe src="https://guide.example/es/embed/country/es/side-effects/?ids=bruising" title="Moratones, de Guía de Mesoterapia" loading="lazy" width="100%" height="600"></iframe>\n' +
        '<script src="https://guide.example/embed.js" async></script>',
    );
  });
});
