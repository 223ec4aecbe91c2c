// Reading and wayfinding: breadcrumbs, contents on long pages, citations, source lists, cards on index pages and
// the 404 page's search, in each language. Reflow at 320 px, text at 200%, the phone header and axe at phone width
// run on every page in pages.test.ts.
import { describe, expect, it } from 'vitest';
import { builtPages, isNotFoundPage, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { LOCALES, localeOf, localePath, ui, withoutLocale } from '../support/languages';

const e2e = useBrowser();
const { baseUrl } = e2e;
const pages = builtPages().filter((path) => !isNotFoundPage(path));
const pagesIn = (locale: string) => pages.filter((path) => localeOf(path) === locale);

describe('breadcrumbs', () => {
  it.each(LOCALES)('list the pages above this one, not its own title (%s)', (locale) => {
    const entries = pagesIn(locale).filter((path) => /^\/[^/]+\/[^/]+\/$/.test(withoutLocale(path)));
    expect(entries.length).toBeGreaterThan(10);
    for (const path of entries) {
      const $ = builtPage(path);
      const trail = $(`nav[aria-label="${ui(locale).breadcrumbLabel}"]`).text();
      expect(trail, path).toContain(ui(locale).nav.home);
      expect(trail, path).not.toContain($('h1').text().trim());
    }
  });

  it.each([
    ['en', 'Home', "Add our information to your clinic's website", '/for-clinics/'],
    ['es', 'Inicio', 'Añada nuestra información a la web de su clínica', '/es/for-clinics/'],
  ] as const)('put the snippet builder under the clinics page (%s)', (locale, home, clinics, clinicsPath) => {
    const $ = builtPage(localePath(locale, 'for-clinics/snippet-builder'));
    const crumbs = $(`nav[aria-label="${ui(locale).breadcrumbLabel}"] a`);
    expect(crumbs.map((_, link) => [[$(link).text().trim(), $(link).attr('href')]]).get()).toEqual([
      [home, localePath(locale)],
      [clinics, clinicsPath],
    ]);
  });
});

describe('contents on long pages', () => {
  const sectionIds = (path: string) => {
    const $ = builtPage(path);
    // The body's sections, then any the page adds after it (the link to the snippet builder on /for-clinics/).
    return $('article .prose > h2[id], #builder-heading')
      .map((_, heading) => $(heading).attr('id'))
      .get();
  };
  const longPages = pages.filter((path) => builtPage(path)('article .prose > h2[id]').length >= 4);
  const guides = (list: string[], locale: string) =>
    list.filter((path) => localeOf(path) === locale && /^\/guides\/[^/]+\/$/.test(withoutLocale(path)));

  it.each([
    ['en', 'Build your snippet'],
    ['es', 'Cree su código'],
  ] as const)(
    '/for-clinics/ lists the snippet builder last, and ends with a link to its page (%s)',
    (locale, title) => {
      const $ = builtPage(localePath(locale, 'for-clinics'));
      expect($('nav.page-contents li').last().text()).toContain(title);
      expect($('nav.page-contents a').last().attr('href')).toBe('#builder-heading');
      // The builder's old anchor, where links to it from before it moved land: the heading is the link to its page.
      const link = $('#builder-heading a');
      expect(link.text().trim()).toBe(title);
      expect(link.attr('href')).toBe(localePath(locale, 'for-clinics/snippet-builder'));
      expect(builtPage(localePath(locale, 'for-clinics/snippet-builder'))('h1').text().trim()).toBe(title);
      // The page itself carries no builder, and so no script to load one.
      expect($('.snippet-builder, [data-script]').length).toBe(0);
    },
  );

  it.each(LOCALES)('"Key facts" is a heading that names its box (%s)', (locale) => {
    const $ = builtPage(localePath(locale, 'guides/safety'));
    const box = $('section.key-facts');
    expect(box.find('h2').text()).toBe(ui(locale).mdx.keyFacts);
    expect(box.attr('aria-labelledby')).toBe(box.find('h2').attr('id'));
  });

  it.each(LOCALES)('every guide has four or more sections (%s)', (locale) => {
    expect(guides(longPages, locale)).toEqual(guides(pages, locale));
    expect(guides(pages, locale).length).toBeGreaterThan(3);
  });

  it.each(longPages)('%s opens with a contents list that links to every section, in order', (path) => {
    const $ = builtPage(path);
    const links = $('nav.page-contents a')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(links).toEqual(sectionIds(path).map((id) => `#${id}`));
    // Ids come from the heading's words (accented letters included), so a link to a section keeps working while the
    // page around it changes.
    for (const id of sectionIds(path)) expect(id).toMatch(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u);
  });
});

describe.each(LOCALES)('citations (%s)', (locale) => {
  it('adjacent citations are one link, e.g. [1, 2] or [7–9], and no citation starts a line', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseUrl + localePath(locale, 'guides/what-is-capillary-mesotherapy'));
    const cites = page.locator('sup.cite');
    expect(await cites.evaluateAll((sups) => sups.every((sup) => sup.querySelectorAll('a').length === 1))).toBe(true);
    const citeAfterCite = await cites.evaluateAll(
      (sups) =>
        sups.filter((sup) => {
          let before = sup.previousSibling;
          while (before && before.nodeType !== Node.ELEMENT_NODE && !before.textContent?.trim())
            before = before.previousSibling;
          return before instanceof Element && before.matches('sup.cite');
        }).length,
    );
    expect(citeAfterCite).toBe(0);
    const grouped = await cites.evaluateAll((sups) =>
      sups.map((sup) => sup.textContent?.replace(/\u2060/g, '')).filter((text) => /[,–]/.test(text ?? '')),
    );
    expect(grouped.length).toBeGreaterThan(0);
    for (const text of grouped) expect(text).toMatch(/^\[\d+(?:(?:, |–)\d+)+\]$/);
    // The character before each citation sits on the same line as the citation.
    const alone = await cites.evaluateAll((sups) =>
      sups
        .filter((sup) => {
          const before = document.createRange();
          const walker = document.createTreeWalker(sup.parentElement as Node, NodeFilter.SHOW_TEXT);
          let last: Text | undefined;
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            if (sup.contains(node)) break;
            if (node.textContent?.trim() && node.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING)
              last = node;
          }
          if (!last) return false;
          const end = last.textContent!.trimEnd().length;
          before.setStart(last, end - 1);
          before.setEnd(last, end);
          const word = before.getBoundingClientRect();
          const cite = sup.getBoundingClientRect();
          return cite.top >= word.bottom;
        })
        .map((sup) => sup.textContent),
    );
    expect(alone).toEqual([]);
    await page.close();
  });

  it('a citation leads to its source, highlighted, with a link back to the text', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(baseUrl + localePath(locale, 'guides/safety'));
    const citation = page.locator('article sup.cite a').first();
    const target = ((await citation.getAttribute('href')) ?? '').slice(1);
    const back = page.locator(`[id="${target}"] .source-back`);
    expect(await back.isVisible()).toBe(false);
    await citation.click();
    await page.waitForURL((url) => url.hash === `#${target}`);
    const highlighted = await page
      .locator(`[id="${target}"]`)
      .evaluate((item) => getComputedStyle(item).backgroundColor);
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    expect(await back.innerText()).toBe(ui(locale).backToText);
    await back.click();
    await page.waitForURL((url) => url.hash.startsWith('#cite-'));
    // Back at the first citation of that source, on screen.
    const anchor = page.locator(new URL(page.url()).hash);
    expect(await anchor.evaluate((element) => element.closest('sup.cite') !== null)).toBe(true);
    expect(await page.locator('article sup.cite').first().isVisible()).toBe(true);
    expect(await anchor.evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.close();
  });

  it('source lists line up [1]–[9] with [10]+, keep titles free of square brackets, and break DOIs only after / or .', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(baseUrl + localePath(locale, 'sources'));
    const starts = await page
      .locator('.source-catalogue li')
      .evaluateAll((items) =>
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
  it.each(['/', '/side-effects/', '/es/conditions/'])('%s: a tap anywhere on a card follows its link', async (path) => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(baseUrl + path);
    const card = page.locator('.card').first();
    const href = await card.locator('.card-link').getAttribute('href');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.locator('p').last().boundingBox())!;
    await page.mouse.click(box.x + box.width - 5, box.y + box.height / 2);
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it.each(LOCALES)('the conditions list says "Evidence for mesotherapy:" once, with no double colon (%s)', (locale) => {
    const $ = builtPage(localePath(locale, 'conditions'));
    const label = `${ui(locale).conditionIndex.evidence}:`;
    const lines = $('.card p')
      .filter((_, line) => $(line).text().startsWith(label))
      .map((_, line) => $(line).text())
      .get();
    expect(lines.length).toBe($('.card').length);
    for (const line of lines) expect(line.split(':')).toHaveLength(2);
  });
});

describe.each(LOCALES)('the 404 page (%s)', (locale) => {
  it('has a search box that opens the search page with the words in ?q=', async () => {
    const t = ui(locale);
    const page = await e2e.context.newPage();
    await page.goto(baseUrl + localePath(locale, 'a-page-that-moved'));
    const words = t.search.hint
      .replace(/^[^:]*:\s*/, '')
      .split(',')[0]!
      .trim();
    await page.getByRole('searchbox', { name: t.notFound.searchLabel }).fill(words);
    await page.getByRole('search').getByRole('button', { name: t.search.open }).click();
    await page.waitForURL(/\/search\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe(localePath(locale, 'search'));
    expect(url.searchParams.get('q')).toBe(words);
    await page.close();
  });
});
