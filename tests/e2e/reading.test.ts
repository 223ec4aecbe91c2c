// Reading and wayfinding on every kind of page: phones, text at 200%, long pages, citations, cards,
// the 404 page's search, the console, and axe at phone width.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, builtPages, launchBrowser, watchPageErrors } from '../support/browser';
import { builtPage } from '../support/built-html';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const allPages = builtPages({ includeEmbeds: true });
/** One page of each template: an index page, or the first entry of a folder ("/faqs/x/"), and each embed. */
const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  const folderDepth = parts[0] === 'embed' ? 2 : 1;
  return parts.length > folderDepth ? `/${parts.slice(0, folderDepth).join('/')}/*` : path;
};
const templates = [...new Map(allPages.map((path) => [templateOf(path), path])).values()];

/** A phone-sized page; `textScale` sets the browser's own text size, as a reader's settings do (WCAG 1.4.4). */
async function phonePage(width: number, textScale = 1): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * textScale, fixed: 13 * textScale } });
  return page;
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('reflow (WCAG 1.4.10) and text at 200% (WCAG 1.4.4)', () => {
  it('covers every template', () => {
    expect(templates).toEqual(expect.arrayContaining(['/', '/404.html', '/estimator/', '/embed/estimator/']));
    expect(templates.some((path) => path.startsWith('/guides/'))).toBe(true);
  });

  it.each(templates)('%s has no sideways scrolling at 320 px, nor at 390 px with text at 200%%', async (path) => {
    for (const [width, scale] of [[320, 1], [390, 2]] as const) {
      const page = await phonePage(width, scale);
      await page.goto(baseUrl + path);
      expect(await sidewaysOverflow(page), `${width} px, text ×${scale}`).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('the header on a phone', () => {
  it.each(templates.filter((path) => !path.startsWith('/embed/')))('%s: logo, Search and Menu share one row and the title starts in the first 200 px', async (path) => {
    const page = await phonePage(390);
    await page.goto(baseUrl + path);
    const tops = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? NaN;
      return { logo: top('.site-logo'), search: top('[data-search-open]'), menu: top('header summary'), title: top('main h1') };
    });
    expect(Math.abs(tops.search - tops.logo)).toBeLessThan(10);
    expect(Math.abs(tops.menu - tops.logo)).toBeLessThan(10);
    expect(tops.title).toBeLessThanOrEqual(200);
    const header = page.locator('header');
    expect(await header.getByRole('link', { name: 'Search', exact: true }).or(header.getByRole('button', { name: 'Search', exact: true })).count()).toBe(1);
    await page.close();
  });

  it('the breadcrumb lists the pages above this one, not its own title', () => {
    for (const path of allPages.filter((candidate) => /^\/[^/]+\/[^/]+\/$/.test(candidate) && !candidate.startsWith('/embed/'))) {
      const $ = builtPage(path);
      const trail = $('nav[aria-label="Breadcrumb"]').text();
      expect(trail, path).toContain('Home');
      expect(trail, path).not.toContain($('h1').text().trim());
    }
  });
});

describe('contents on long pages', () => {
  const sectionIds = (path: string) => {
    const $ = builtPage(path);
    return $('article .prose > h2[id]').map((_, heading) => $(heading).attr('id')).get();
  };
  const longPages = allPages.filter((path) => !path.startsWith('/embed/') && builtPage(path)('article .prose > h2[id]').length >= 4);

  it('every guide has four or more sections', () => {
    expect(longPages.filter((path) => path.startsWith('/guides/')).length).toBe(allPages.filter((path) => /^\/guides\/[^/]+\/$/.test(path)).length);
  });

  it.each(longPages)('%s opens with a contents list that links to every section, in order', (path) => {
    const $ = builtPage(path);
    const links = $('nav.page-contents a').map((_, link) => $(link).attr('href')).get();
    expect(links).toEqual(sectionIds(path).map((id) => `#${id}`));
    // Ids come from the heading's words, so a link to a section keeps working while the page around it changes.
    for (const id of sectionIds(path)) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('citations', () => {
  it('adjacent citations are one link, e.g. [1, 2] or [7–9], and no citation starts a line', async () => {
    const page = await phonePage(320);
    await page.goto(`${baseUrl}/guides/what-is-capillary-mesotherapy/`);
    const cites = page.locator('sup.cite');
    expect(await cites.evaluateAll((sups) => sups.every((sup) => sup.querySelectorAll('a').length === 1))).toBe(true);
    const citeAfterCite = await cites.evaluateAll((sups) =>
      sups.filter((sup) => {
        let before = sup.previousSibling;
        while (before && before.nodeType !== Node.ELEMENT_NODE && !before.textContent?.trim()) before = before.previousSibling;
        return before instanceof Element && before.matches('sup.cite');
      }).length,
    );
    expect(citeAfterCite).toBe(0);
    const grouped = await cites.evaluateAll((sups) => sups.map((sup) => sup.textContent?.replace(/\u2060/g, '')).filter((text) => /[,–]/.test(text ?? '')));
    expect(grouped.length).toBeGreaterThan(0);
    for (const text of grouped) expect(text).toMatch(/^\[\d+(?:(?:, |–)\d+)+\]$/);
    // The character before each citation sits on the same line as the citation.
    const alone = await cites.evaluateAll((sups) =>
      sups.filter((sup) => {
        const before = document.createRange();
        const walker = document.createTreeWalker(sup.parentElement as Node, NodeFilter.SHOW_TEXT);
        let last: Text | undefined;
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          if (sup.contains(node)) break;
          if (node.textContent?.trim() && node.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING) last = node;
        }
        if (!last) return false;
        const end = last.textContent!.trimEnd().length;
        before.setStart(last, end - 1);
        before.setEnd(last, end);
        const word = before.getBoundingClientRect();
        const cite = sup.getBoundingClientRect();
        return cite.top >= word.bottom;
      }).map((sup) => sup.textContent),
    );
    expect(alone).toEqual([]);
    await page.close();
  });

  it('source lists line up [1]–[9] with [10]+, keep titles free of square brackets, and break DOIs only after / or .', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}/sources/`);
    const starts = await page.locator('.source-catalogue li').evaluateAll((items) =>
      items.map((item) => Math.round((item.querySelector('cite, a') as HTMLElement).getBoundingClientRect().left)),
    );
    expect(new Set(starts).size).toBe(1);
    const titles = await page.locator('.source-catalogue li :is(cite, a)').allInnerTexts();
    for (const title of titles) expect(title).not.toMatch(/^\[|\]$/);
    expect(await page.locator('.source-catalogue wbr').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('cards on index pages', () => {
  it.each(['/', '/side-effects/', '/conditions/'])('%s: a tap anywhere on a card follows its link', async (path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(baseUrl + path);
    const card = page.locator('.card').first();
    const href = await card.locator('.card-link').getAttribute('href');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.locator('p').last().boundingBox())!;
    await page.mouse.click(box.x + box.width - 5, box.y + box.height / 2);
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it('the conditions list says "Evidence for mesotherapy:" once, with no double colon', () => {
    const $ = builtPage('/conditions/');
    const lines = $('.card p').filter((_, line) => $(line).text().startsWith('Evidence for mesotherapy:')).map((_, line) => $(line).text()).get();
    expect(lines.length).toBe($('.card').length);
    for (const line of lines) expect(line.split(':')).toHaveLength(2);
  });
});

describe('the 404 page', () => {
  it('has a search box that opens the search page with the words in ?q=', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/a-page-that-moved/`);
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('hair loss after a baby');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('hair loss after a baby');
    await page.close();
  });
});

describe('every page, embeds included', () => {
  it('has one not-medical-advice note, which the footer does not repeat', () => {
    const problems: string[] = [];
    for (const path of allPages.filter((candidate) => candidate !== '/404.html')) {
      const $ = builtPage(path);
      const asides = $('aside[aria-labelledby="disclaimer-heading"]').length;
      // A page's own text may talk about medical advice; the footer outside the note must not.
      const footer = $('body > footer').clone();
      footer.find('aside').remove();
      if (asides !== 1 || /medical advice/i.test(footer.text())) problems.push(`${path}: ${asides} notes, footer repeats it: ${/medical advice/i.test(footer.text())}`);
    }
    expect(problems).toEqual([]);
  });

  // Content pages are opened by pages.test.ts, whose browser fails a test on any console error; these are the rest.
  it('embeds and the 404 page log no console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const path of allPages.filter((candidate) => candidate.startsWith('/embed/') || candidate === '/404.html')) {
      const errors = watchPageErrors(page);
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (errors.length > 0) problems.push(`${path}: ${errors.join('; ')}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(templates)('%s has no axe violations on a phone, nor in its open menu', async (path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    expect(await axeViolations(page)).toEqual([]);
    const menu = page.locator('header summary');
    if (await menu.count()) {
      await menu.click();
      // The open menu covers the page below it, so only the header is checked then.
      expect(await axeViolations(page, 'header')).toEqual([]);
    }
    await context.close();
  });
});
