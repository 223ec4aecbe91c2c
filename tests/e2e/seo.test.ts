import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/browser.ts';
import { builtPage, structuredDataOf } from '../support/built-html.ts';
import { DIST } from '../support/static-server.ts';

const contentPages = builtPages().filter((path) => path !== '/404.html' && !path.startsWith('/search/'));

describe('search engines and sharing', () => {
  it.each(contentPages)('%s has a canonical URL, a description, Open Graph and Twitter tags', (path) => {
    const $ = builtPage(path);
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(new URL(canonical).pathname).toBe(path);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(30);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image']) {
      expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
    }
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('html').attr('lang')).toBe('en');
  });

  it.each(contentPages.filter((path) => path !== '/'))('%s declares a MedicalWebPage with lastReviewed and a BreadcrumbList', (path) => {
    const $ = builtPage(path);
    const data = structuredDataOf($);
    const medical = data.find((item) => item['@type'] === 'MedicalWebPage');
    const shownDate = $('.review-dates time').first().attr('datetime');
    expect(medical?.lastReviewed).toBe(shownDate);
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ name: string }> };
    expect(crumbs.itemListElement.at(-1)?.name).toBe($('h1').text().trim());
    // The visible trail leaves out the current page (its title is the heading right below).
    expect($('nav[aria-label="Breadcrumb"] li').length).toBe(crumbs.itemListElement.length - 1);
  });

  it('the FAQ index declares an FAQPage with every question on the page', () => {
    const $ = builtPage('/faqs/');
    const faq = structuredDataOf($).find((item) => item['@type'] === 'FAQPage') as {
      mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }>;
    };
    const questions = $('.faq-item h3').toArray().map((element) => $(element).text().trim());
    expect(questions.length).toBeGreaterThan(0);
    expect(faq.mainEntity.map((item) => item.name).sort()).toEqual([...questions].sort());
    for (const item of faq.mainEntity) expect(item.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  it('every FAQ has its own page and its own anchor on the index', () => {
    const $ = builtPage('/faqs/');
    const anchors = $('.faq-item h3').toArray().map((element) => $(element).attr('id'));
    for (const id of anchors) expect(existsSync(join(DIST, 'faqs', id!, 'index.html')), `/faqs/${id}/`).toBe(true);
  });

  it('the sitemap lists every content page and no embed', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    for (const path of contentPages) expect(listed, path).toContain(path);
    expect(listed.some((path) => path.startsWith('/embed/'))).toBe(false);
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('the 404 page is not indexed', () => {
    expect(builtPage('/404.html')('meta[name="robots"]').attr('content')).toBe('noindex');
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
