// The search box's markup, the one source for both places it shows: the search page writes it into its HTML
// (SearchBox.astro), so the page paints in its final layout before any script; the dialog writes it in when opened.
// SearchPanel then adopts it, finding each part by its data- attribute. Words only, no behaviour: pure and testable.
import type { SearchWords } from '../../i18n/en/search';
import { escapeHtml } from '../../site/escape-html';

export type SearchBoxWords = Pick<SearchWords, 'search'>;

/** The attributes of an element: true is written empty; values are escaped. */
const attributes = (list: Record<string, string | true>) =>
  Object.entries(list)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
const tag = (name: string, list: Record<string, string | true>, ...children: string[]) =>
  `<${name}${attributes(list)}>${children.join('')}${name === 'input' ? '' : `</${name}>`}`;

/**
 * The search box (a GET form to the search page, which works before and without the search script), the live region,
 * the hidden parts a search fills (notice, results, help, "Show more"; the panel adds the filters, hidden until a
 * search has counts for them) and the common questions.
 * `id` prefixes the element ids, so the dialog and the search page never clash.
 */
export function searchBoxHtml(id: string, words: SearchBoxWords, searchPage: string): string {
  const t = words.search;
  const text = escapeHtml;
  const questions = t.commonQuestions.map((question) =>
    tag('li', {}, tag('button', { type: 'button', class: 'button-link align-top' }, text(question))),
  );
  return tag(
    'div',
    { 'data-search-box': true },
    tag(
      'form',
      { role: 'search', action: searchPage, class: 'flex flex-wrap items-end gap-2' },
      tag(
        'div',
        // At least 10rem before the button moves below it: with large text the box stays wide enough to read.
        { class: 'field grow-1 basis-40' },
        tag('label', { for: `${id}-input`, class: 'label' }, text(t.label)),
        tag('p', { id: `${id}-hint`, class: 'hint text-sm' }, text(t.hint)),
        tag('input', {
          id: `${id}-input`,
          name: 'q',
          type: 'search',
          autocomplete: 'off',
          spellcheck: 'false',
          'aria-describedby': `${id}-hint`,
          class: 'input mt-1 w-full text-lg',
        }),
      ),
      tag('button', { type: 'submit', class: 'button' }, text(t.submit)),
    ),
    tag('p', { role: 'status', class: 'mt-3 min-h-[1.6em] font-semibold' }),
    // What the query rules changed, said plainly, with the way back to the words as typed.
    tag('div', { 'data-search-notice': true, class: 'mt-1', hidden: true }),
    // The data- attributes are also hooks for the browser tests and the bench.
    tag('ol', { class: 'mt-4 space-y-4', 'data-search-results': true }),
    tag('div', { 'data-search-help': true, hidden: true }),
    tag(
      'button',
      { type: 'button', class: 'button-secondary mt-4', 'data-search-more': true, hidden: true },
      text(t.showMore),
    ),
    // The questions patients ask most, as searches to start from: before a search and after "no results".
    tag(
      'div',
      { 'data-search-questions': true },
      tag('p', { class: 'font-semibold' }, text(t.commonQuestionsHeading)),
      tag('ul', { class: 'mt-2 list-disc space-y-2 pl-6' }, ...questions),
    ),
  );
}
