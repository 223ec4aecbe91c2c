// The markup of search results and of the links offered when search finds nothing.
import { h } from '../../site/dom';
import type { ExcerptPart } from './excerpts';
import type { SearchResultView } from './search-result';
import { t } from './ui-words';

const excerptNode = (parts: ExcerptPart[], className: string) =>
  h(
    'p',
    { class: className },
    ...parts.map((part) => (part.marked ? h('mark', { class: 'search-mark' }, part.text) : part.text)),
  );

export function resultNode(result: SearchResultView): HTMLLIElement {
  const item = h(
    'li',
    { class: 'border-b border-line pb-4' },
    h('a', { href: result.url, class: 'text-lg font-bold' }, result.title),
    h('p', { class: 'text-sm font-semibold text-muted' }, t.collections[result.collection]),
    excerptNode(result.excerpt, 'mt-1'),
  );
  if (result.subResults.length > 0) {
    const subResults = result.subResults.map((sub) =>
      h('li', {}, h('a', { href: sub.url, class: 'font-semibold' }, sub.title), excerptNode(sub.excerpt, 'text-sm')),
    );
    item.append(
      h(
        'ul',
        { class: 'mt-2 space-y-2 border-l-4 border-line pl-3', 'aria-label': t.search.subResultsLabel },
        ...subResults,
      ),
    );
  }
  return item;
}

/** Links under the results, with an optional lead-in, for "no results" and "search is unavailable". */
export function helpNodes(message: string | null, links: Array<{ href: string; label: string }>): Node[] {
  const list = h(
    'ul',
    { class: 'mt-2 list-disc space-y-1 pl-6' },
    ...links.map(({ href, label }) => h('li', {}, h('a', { href }, label))),
  );
  return message ? [h('p', { class: 'font-semibold' }, message), list] : [list];
}
