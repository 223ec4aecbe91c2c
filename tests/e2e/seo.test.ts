import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/browser.ts';
import { builtPage, structuredDataOf } from '../support/built-html.ts';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { DIST } from '../support/static-server.ts';
import { readContentIndex } from '../../src/editor-tools/content-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const contentPages = builtPages().filter((path) => path !== '/404.html' && !path.startsWith('/search/'));

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
const indexPages = new Set(readContentIndex(ROOT).pages.filter((page) => page.collection === 'indexPages').map((page) => page.url));

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
    expect($('meta[property="og:locale"]').attr('content')).toBe('en_GB');
    expect($('meta[property="og:type"]').attr('content')).toBe(indexPages.has(path) || path === '/search/' ? 'website' : 'article');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe($('meta[property="og:image:alt"]').attr('content'));
    expect($('html').attr('lang')).toBe('en');
  });

  it('the sharing image is the size and type the pages say, with alt text that is more than the site name', () => {
    const $ = builtPage('/');
    const image = readFileSync(join(DIST, new URL($('meta[property="og:image"]').attr('content')!).pathname));
    // A PNG starts with its signature, then the IHDR chunk: width and height as 4-byte numbers from byte 16.
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect($('meta[property="og:image:type"]').attr('content')).toBe('image/png');
    expect(Number($('meta[property="og:image:width"]').attr('content'))).toBe(image.readUInt32BE(16));
    expect(Number($('meta[property="og:image:height"]').attr('content'))).toBe(image.readUInt32BE(20));
    expect($('meta[property="og:image:alt"]').attr('content')!.length).toBeGreaterThan($('meta[property="og:site_name"]').attr('content')!.length + 20);
  });

  it.each(contentPages)('%s has one valid schema.org graph whose @id references all resolve', (path) => {
    const { document } = graphOf(path);
    expect(schemaOrgProblems(document)).toEqual([]);
  });

  it.each(contentPages.filter((path) => path !== '/search/'))('%s: its page node says who publishes and reviewed it, when, what it cites and where it sits', (path) => {
    const { $, graph, page } = graphOf(path);
    const organization = graph.find((node) => node['@type'] === 'Organization')!;
    const website = graph.find((node) => node['@type'] === 'WebSite')!;
    expect(organization).toMatchObject({ name: 'Mesotherapy Guide', publishingPrinciples: expect.stringMatching(/\/about\/$/), logo: expect.any(String) });
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
    const listed = $('#sources-heading + ol li').toArray().map((element) => $(element).find('a').attr('href') ?? $(element).find('cite').text());
    expect(citations).toEqual(listed);
    if (path === '/') {
      expect(graph.some((node) => node['@type'] === 'BreadcrumbList')).toBe(false);
      expect($('nav[aria-label="Breadcrumb"]').length).toBe(0);
      return;
    }
    const crumbs = graph.find((node) => node['@id'] === (page.breadcrumb as Node)['@id']) as { itemListElement: Array<{ name: string; item: string }> };
    expect(crumbs.itemListElement.at(-1)?.name).toBe($('h1').text().trim());
    expect(new Set(crumbs.itemListElement.map((crumb) => crumb.item)).size).toBe(crumbs.itemListElement.length);
    // The visible trail leaves out the current page (its title is the heading right below).
    expect($('nav[aria-label="Breadcrumb"] li').length).toBe(crumbs.itemListElement.length - 1);
  });

  it('each page is typed by what it is', () => {
    const typeOf = (path: string) => graphOf(path).page['@type'];
    expect(typeOf('/guides/safety/')).toBe('MedicalWebPage');
    expect(typeOf('/faqs/is-it-painful/')).toBe('MedicalWebPage');
    expect(typeOf('/about/')).toBe('AboutPage');
    expect(typeOf('/privacy/')).toBe('WebPage');
    expect(typeOf('/estimator/')).toBe('WebPage');
    expect(typeOf('/sources/')).toBe('CollectionPage');
    expect(typeOf('/side-effects/')).toEqual(['CollectionPage', 'MedicalWebPage']);
    expect(typeOf('/glossary/')).toEqual(['WebPage', 'DefinedTermSet']);
    expect(typeOf('/faqs/')).toEqual(['MedicalWebPage', 'FAQPage']);
    expect(typeOf('/search/')).toBe('SearchResultsPage');
    const condition = graphOf('/conditions/telogen-effluvium/');
    expect(condition.page.about).toEqual({ '@type': 'MedicalCondition', name: condition.$('h1').text().trim() });
    expect(condition.graph.find((node) => node['@id'] === (condition.page.mentions as Node)['@id'])?.['@type']).toBe('MedicalProcedure');
  });

  it('the glossary lists every term it shows, each with its anchor', () => {
    const { $, page } = graphOf('/glossary/');
    const terms = page.hasDefinedTerm as Array<{ '@id': string; name: string }>;
    expect(terms.map((term) => term.name)).toEqual($('.glossary-list dt').toArray().map((element) => $(element).text().trim()));
    for (const term of terms) expect($(`[id="${new URL(term['@id']).hash.slice(1)}"]`).length, term['@id']).toBe(1);
  });

  it('the FAQ index declares an FAQPage with every question on the page and the answer it shows', () => {
    const { $, page } = graphOf('/faqs/');
    expect(typesOf(page)).toContain('FAQPage');
    const questions = (page.mainEntity as Array<{ name: string; acceptedAnswer: { text: string } }>);
    const shown = $('.faq-item').toArray().map((element) => ({ name: $(element).find('h3').text().trim(), answer: $(element).find('p').text().trim() }));
    expect(shown.length).toBeGreaterThan(0);
    expect(questions.map((item) => ({ name: item.name, answer: item.acceptedAnswer.text })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...shown].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('every FAQ has its own page and its own anchor on the index', () => {
    const $ = builtPage('/faqs/');
    const anchors = $('.faq-item h3').toArray().map((element) => $(element).attr('id'));
    for (const id of anchors) expect(existsSync(join(DIST, 'faqs', id!, 'index.html')), `/faqs/${id}/`).toBe(true);
  });

  it('the sitemap lists every content page and no embed, each with its review date as <lastmod>', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => ({
      path: new URL(match[1]!).pathname,
      lastmod: match[2],
    }));
    for (const path of contentPages) expect(entries.map((entry) => entry.path), path).toContain(path);
    expect(entries.some((entry) => entry.path.startsWith('/embed/'))).toBe(false);
    for (const { path, lastmod } of entries) {
      const reviewed = builtPage(path)('.review-dates time').first().attr('datetime');
      expect(lastmod?.slice(0, 10), path).toBe(reviewed);
    }
    expect(entries.filter((entry) => entry.lastmod).length).toBeGreaterThan(entries.length - 2);
  });

  it('robots.txt points to the sitemap and lets crawlers reach the embeds, which say noindex', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(robots).not.toMatch(/Disallow:\s*\S/);
    for (const path of builtPages({ includeEmbeds: true }).filter((page) => page.startsWith('/embed/'))) {
      expect(builtPage(path)('meta[name="robots"]').attr('content'), path).toBe('noindex');
    }
    // The host's headers (public/_headers) say the same to crawlers that read headers only.
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/embed\/\*\n(?:[ \t]+.+\n)*?[ \t]+X-Robots-Tag: noindex$/m);
  });

  it('the 404 page is not indexed and claims no address of its own', () => {
    const $ = builtPage('/404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('meta[property="og:url"]').length).toBe(0);
    expect($('link[rel="canonical"]').length).toBe(0);
  });
});

describe('navigation', () => {
  it('every page can be reached by following links from the home page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const $ = builtPage(queue.shift()!);
      for (const element of $('a[href^="/"]').toArray()) {
        const path = ($(element).attr('href') ?? '').split(/[?#]/)[0]!;
        if (!path.endsWith('/') || seen.has(path) || !existsSync(join(DIST, path, 'index.html'))) continue;
        seen.add(path);
        queue.push(path);
      }
    }
    const unreachable = builtPages().filter((path) => path !== '/404.html' && !seen.has(path));
    expect(unreachable).toEqual([]);
  });
});
