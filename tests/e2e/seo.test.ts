import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, isEmbed, isNotFoundPage } from '../support/browser.ts';
import { builtPage, pagesReachedFromHome, structuredDataOf } from '../support/built-html.ts';
import { inEveryLanguage, LOCALES, localeOf, localePath, ui, withoutLocale } from '../support/languages.ts';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { DIST } from '../support/static-server.ts';
import { readContentIndex } from '../../src/collections/content-files.ts';
import { openGraphLocale } from '../../src/language/locales.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const isSearchPage = (path: string) => withoutLocale(path) === '/search/';
/** Every page in every language but the 404 pages and the search pages (which have no medical content of their own). */
const contentPages = builtPages().filter((path) => !isNotFoundPage(path) && !isSearchPage(path));

type Node = Record<string, unknown>;
const typesOf = (node: Node) => [node['@type']].flat();
/** The page's one JSON-LD graph, and its page node (the one whose @id is the canonical URL). */
function graphOf(path: string) {
  const $ = builtPage(path);
  const blocks = structuredDataOf($);
  expect(blocks, `${path}: one JSON-LD block`).toHaveLength(1);
  const graph = blocks[0]!['@graph'] as Node[];
  const canonical = $('link[rel="canonical"]').attr('href');
  const page = graph.find((node) => node['@id'] === canonical);
  if (!page) throw new Error(`${path}: no node with the canonical URL ${canonical} as its @id`);
  return { $, document: blocks[0]!, graph, page };
}
/** The home page and the index pages: their words live in content/index-pages/. */
const indexPages = new Set(
  readContentIndex(ROOT)
    .pages.filter((page) => page.collection === 'indexPages')
    .map((page) => page.url),
);

describe('search engines and sharing', () => {
  it.each(contentPages)('%s has a canonical URL, a description, Open Graph and Twitter tags', (path) => {
    const $ = builtPage(path);
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(new URL(canonical).pathname).toBe(path);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(30);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt']) {
      expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
    }
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:locale"]').attr('content')).toBe(openGraphLocale(localeOf(path)));
    expect($('meta[property="og:type"]').attr('content')).toBe(indexPages.has(path) ? 'website' : 'article');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe(
      $('meta[property="og:image:alt"]').attr('content'),
    );
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe(ui(localeOf(path)).seo.sharingImageAlt);
  });

  it.each([
    ['/', '/og-image.png'],
    ['/es/', '/og-image-es.png'],
  ])(
    '%s: the sharing image, in its language, is the size and type the page says, with alt text that is more than the site name',
    (path, imagePath) => {
      const $ = builtPage(path);
      expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(imagePath);
      const image = readFileSync(join(DIST, new URL($('meta[property="og:image"]').attr('content')!).pathname));
      // A PNG starts with its signature, then the IHDR chunk: width and height as 4-byte numbers from byte 16.
      expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect($('meta[property="og:image:type"]').attr('content')).toBe('image/png');
      expect(Number($('meta[property="og:image:width"]').attr('content'))).toBe(image.readUInt32BE(16));
      expect(Number($('meta[property="og:image:height"]').attr('content'))).toBe(image.readUInt32BE(20));
      expect($('meta[property="og:image:alt"]').attr('content')!.length).toBeGreaterThan(
        $('meta[property="og:site_name"]').attr('content')!.length + 20,
      );
    },
  );

  it.each(contentPages)('%s has one valid schema.org graph whose @id references all resolve', (path) => {
    const { document } = graphOf(path);
    expect(schemaOrgProblems(document)).toEqual([]);
  });

  it.each(contentPages)(
    '%s: its page node says who publishes and reviewed it, when, what it cites and where it sits',
    (path) => {
      const { $, graph, page } = graphOf(path);
      const organization = graph.find((node) => node['@type'] === 'Organization')!;
      const website = graph.find((node) => node['@type'] === 'WebSite')!;
      const about = localePath(localeOf(path), 'about');
      expect(organization).toMatchObject({
        name: ui(localeOf(path)).siteName,
        publishingPrinciples: expect.stringMatching(new RegExp(`${about}$`)),
        logo: expect.any(String),
      });
      expect(page).toMatchObject({
        isPartOf: { '@id': website['@id'] },
        publisher: { '@id': organization['@id'] },
        reviewedBy: { '@id': organization['@id'] },
        name: $('h1').text().trim(),
      });
      const shownDate = $('.review-dates time').first().attr('datetime');
      expect(page.lastReviewed).toBe(shownDate);
      expect(page.dateModified).toBe(shownDate);
      expect(String(page.datePublished) <= String(shownDate)).toBe(true);
      // Each listed source, in order: by its link (DOI or address) when it has one, else by its title.
      const citations = ((page.citation ?? []) as Node[]).map((source) => source.url ?? source.name);
      const listed = $('#sources-heading + ol li')
        .toArray()
        .map((element) => $(element).find('a:not(.source-back)').attr('href') ?? $(element).find('cite').text());
      expect(citations).toEqual(listed);
      if (path === localePath(localeOf(path))) {
        expect(graph.some((node) => node['@type'] === 'BreadcrumbList')).toBe(false);
        expect($(`nav[aria-label="${ui(localeOf(path)).breadcrumbLabel}"]`).length).toBe(0);
        return;
      }
      const crumbs = graph.find((node) => node['@id'] === (page.breadcrumb as Node)['@id']) as {
        itemListElement: Array<{ name: string; item: string }>;
      };
      expect(crumbs.itemListElement.at(-1)?.name).toBe($('h1').text().trim());
      expect(new Set(crumbs.itemListElement.map((crumb) => crumb.item)).size).toBe(crumbs.itemListElement.length);
      // The visible trail leaves out the current page (its title is the heading right below).
      expect($(`nav[aria-label="${ui(localeOf(path)).breadcrumbLabel}"] li`).length).toBe(
        crumbs.itemListElement.length - 1,
      );
    },
  );

  it.each(LOCALES)('each page is typed by what it is (%s)', (locale) => {
    const typeOf = (path: string) => graphOf(localePath(locale, path)).page['@type'];
    expect(typeOf('guides/safety')).toBe('MedicalWebPage');
    expect(typeOf('faqs/is-it-painful')).toBe('MedicalWebPage');
    expect(typeOf('about')).toBe('AboutPage');
    expect(typeOf('privacy')).toBe('WebPage');
    expect(typeOf('estimator')).toBe('WebPage');
    expect(typeOf('sources')).toBe('CollectionPage');
    expect(typeOf('side-effects')).toEqual(['CollectionPage', 'MedicalWebPage']);
    expect(typeOf('glossary')).toEqual(['WebPage', 'DefinedTermSet']);
    expect(typeOf('faqs')).toEqual(['MedicalWebPage', 'FAQPage']);
    expect(typeOf('search')).toBe('SearchResultsPage');
    const condition = graphOf(localePath(locale, 'conditions/telogen-effluvium'));
    expect(condition.page.about).toEqual({ '@type': 'MedicalCondition', name: condition.$('h1').text().trim() });
    expect(condition.graph.find((node) => node['@id'] === (condition.page.mentions as Node)['@id'])?.['@type']).toBe(
      'MedicalProcedure',
    );
  });

  it.each(LOCALES)('the glossary lists every term it shows, each with its anchor (%s)', (locale) => {
    const { $, page } = graphOf(localePath(locale, 'glossary'));
    const terms = page.hasDefinedTerm as Array<{ '@id': string; name: string }>;
    expect(terms.map((term) => term.name)).toEqual(
      $('.glossary-list dt')
        .toArray()
        .map((element) => $(element).text().trim()),
    );
    for (const term of terms) expect($(`[id="${new URL(term['@id']).hash.slice(1)}"]`).length, term['@id']).toBe(1);
  });

  it.each(LOCALES)(
    'the FAQ index declares an FAQPage with every question on the page and the answer it shows (%s)',
    (locale) => {
      const { $, page } = graphOf(localePath(locale, 'faqs'));
      expect(typesOf(page)).toContain('FAQPage');
      const questions = page.mainEntity as Array<{ name: string; acceptedAnswer: { text: string } }>;
      const shown = $('.faq-item')
        .toArray()
        .map((element) => ({ name: $(element).find('h3').text().trim(), answer: $(element).find('p').text().trim() }));
      expect(shown.length).toBeGreaterThan(0);
      expect(
        questions
          .map((item) => ({ name: item.name, answer: item.acceptedAnswer.text }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual([...shown].sort((a, b) => a.name.localeCompare(b.name)));
    },
  );

  it.each(LOCALES)('every FAQ has its own page and its own anchor on the index (%s)', (locale) => {
    const $ = builtPage(localePath(locale, 'faqs'));
    const anchors = $('.faq-item h3')
      .toArray()
      .map((element) => $(element).attr('id'));
    expect(anchors.length).toBeGreaterThan(5);
    for (const id of anchors)
      expect(existsSync(join(DIST, localePath(locale, `faqs/${id}`), 'index.html')), id).toBe(true);
  });

  it('the sitemap lists every content page in every language and no embed, each with its review date and its other languages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = [
      ...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?((?:<xhtml:link [^>]+\/>)*)/g),
    ].map((match) => ({
      path: new URL(match[1]!).pathname,
      lastmod: match[2],
      alternates: Object.fromEntries(
        [...match[3]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
          lang,
          new URL(href!).pathname,
        ]),
      ),
    }));
    for (const path of contentPages)
      expect(
        entries.map((entry) => entry.path),
        path,
      ).toContain(path);
    expect(entries.some((entry) => isEmbed(entry.path) || isNotFoundPage(entry.path))).toBe(false);
    for (const { path, lastmod, alternates } of entries) {
      const reviewed = builtPage(path)('.review-dates time').first().attr('datetime');
      expect(lastmod?.slice(0, 10), path).toBe(reviewed);
      expect(alternates, path).toEqual(inEveryLanguage(path));
    }
    // Only the search pages, which have no content of their own to review, have no date.
    expect(
      entries
        .filter((entry) => !entry.lastmod)
        .map((entry) => entry.path)
        .sort(),
    ).toEqual(LOCALES.map((locale) => localePath(locale, 'search')).sort());
  });

  it('robots.txt points to the sitemap and lets crawlers reach the embeds, which say noindex', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(robots).not.toMatch(/Disallow:\s*\S/);
    const embeds = builtPages({ includeEmbeds: true }).filter(isEmbed);
    expect(LOCALES.every((locale) => embeds.some((path) => localeOf(path) === locale))).toBe(true);
    for (const path of embeds) expect(builtPage(path)('meta[name="robots"]').attr('content'), path).toBe('noindex');
    // The host's headers (the built _headers) say the same to crawlers that read headers only, in every language.
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const locale of LOCALES) {
      const rule = localePath(locale, 'embed').replaceAll('/', '\\/');
      expect(headers, locale).toMatch(
        new RegExp(`^${rule}:kind\\/\\*\\n(?:[ \\t]+.+\\n)*?[ \\t]+X-Robots-Tag: noindex$`, 'm'),
      );
    }
  });

  it.each(builtPages().filter(isNotFoundPage))(
    'the 404 page %s is not indexed and claims no address of its own',
    (path) => {
      const $ = builtPage(path);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('meta[property="og:url"]').length).toBe(0);
      expect($('link[rel="canonical"]').length).toBe(0);
    },
  );
});

describe('navigation', () => {
  it('every page can be reached by following links from the home page', () => {
    const seen = pagesReachedFromHome();
    const unreachable = builtPages().filter((path) => !isNotFoundPage(path) && !seen.has(path));
    expect(unreachable).toEqual([]);
  });
});
