// Build time (Node): each glossary term as a search result of its own, pointing at its place on the glossary page.
// The glossary page leaves its list out of the index (data-pagefind-ignore), so one long page holding every term's
// words no longer crowds the results of queries that other pages answer; a term is found as that term.
import { load } from 'cheerio';
import { escapeHtml } from '../../site/escape-html.ts';

/** Marks a term on the glossary page: its id is the anchor, its dt the term, its dd the meaning. */
export const GLOSSARY_TERM_ATTRIBUTE = 'data-glossary-term';

export interface GlossaryRecord {
  /** The term's address: the glossary page's URL and the term's anchor ("/glossary/#minoxidil"). */
  url: string;
  /** A small page Pagefind indexes as it does the site's pages: the term as title, its meaning and searchTerms. */
  html: string;
}

/** The terms of a built page (none unless it is the glossary), each as a page of its own for the index. */
export function glossaryRecords(html: string, pageUrl: string): GlossaryRecord[] {
  const $ = load(html);
  const language = $('html').attr('lang') ?? 'en';
  const collection = $('[data-pagefind-body]').attr('data-pagefind-filter') ?? 'collection:glossary';
  return $(`[${GLOSSARY_TERM_ATTRIBUTE}]`)
    .map((_, element) => {
      const term = $(element).find('dt').text().trim();
      const meaning = $(element).find('dd').text().trim();
      const searchTerms = $(element).attr(GLOSSARY_TERM_ATTRIBUTE) ?? '';
      return {
        url: `${pageUrl}#${$(element).attr('id')}`,
        // The same weights and meta as a content page (ContentLayout): the title counts most, then searchTerms.
        html:
          `<html lang="${escapeHtml(language)}"><head><title>${escapeHtml(term)}</title></head><body>` +
          `<article data-pagefind-body data-pagefind-filter="${escapeHtml(collection)}">` +
          `<h1 data-pagefind-weight="10">${escapeHtml(term)}</h1><p>${escapeHtml(meaning)}</p>` +
          (searchTerms
            ? `<span hidden data-pagefind-meta="searchTerms[data-search-terms]" data-search-terms="${escapeHtml(searchTerms)}"></span>`
            : '') +
          `</article></body></html>`,
      };
    })
    .get();
}
