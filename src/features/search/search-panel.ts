// The search box and its results, the same in the dialog and on the search page: each keystroke runs the query
// through the rules and shows what they changed.
import { LOCALE_REGIONS, localePath } from '../../language/locales';
import { h } from '../../site/dom';
import { mainNavigation } from '../../site/navigation';
import { fillTemplate } from '../../i18n/fill-template';
import { SEARCH_COLLECTIONS, type SearchCollection, isSearchCollection } from '../../collections/registry';
import type { PagefindResult, PagefindResultData } from './pagefind-api';
import { namesEveryWord, orderFirstResults } from './first-results';
import { searchPagesThenTerms } from './definitions-last';
import { resultCountText } from './result-count';
import { helpNodes, resultNode } from './result-nodes';
import { runMended } from './mend-query';
import { type QueryOutcome, runAsTyped, runTypedQuery } from './run-query';
import { loadSearch } from './search-engine';
import { RESULTS_PER_PAGE, shapeResult } from './search-result';
import { type SearchState, searchUrl } from './search-state';
import { locale, t } from './ui-words';
import { everydayWords } from '../../language/query-words';

export class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly filters = h(
    'fieldset',
    { class: 'field mt-2', hidden: true },
    h('legend', { class: 'label' }, t.search.filterLegend),
  );
  private readonly filterCounts = new Map<SearchCollection, { label: HTMLElement; count: HTMLElement }>();
  private readonly list: HTMLOListElement;
  private readonly help: HTMLElement;
  /** What the query rules changed, said plainly, with the way back to the words as typed. */
  private readonly notice: HTMLElement;
  private readonly questions: HTMLElement;
  /** Set by "Search instead for …": the next search takes the words exactly as typed. */
  private asTyped = false;
  private readonly more: HTMLButtonElement;
  private pending: PagefindResult[] = [];
  /** Answers to older keystrokes arriving late must not overwrite newer ones. */
  private latest = 0;

  constructor(
    /** The search box's markup (searchBoxHtml): in the search page's HTML, or written into the dialog. */
    readonly element: HTMLElement,
    /** The search page keeps the URL in step with the query; the dialog leaves the page's URL alone. */
    private readonly syncUrl: boolean,
  ) {
    const part = <T extends HTMLElement>(selector: string) => element.querySelector<T>(selector)!;
    this.input = part('input[type=search]');
    this.status = part('[role=status]');
    this.notice = part('[data-search-notice]');
    this.list = part('[data-search-results]');
    this.help = part('[data-search-help]');
    this.more = part('[data-search-more]');
    this.questions = part('[data-search-questions]');
    // The filters, hidden until a search has counts for them (so the page's HTML need not carry them).
    const choices = SEARCH_COLLECTIONS.map((collection) => {
      const count = h('span', { 'data-count': true }, '0');
      const label = h(
        'label',
        {
          class: 'choice inline-flex items-center rounded-sm border-2 border-line px-3',
          'data-collection': collection,
          hidden: true,
        },
        h('input', { type: 'checkbox', name: 'collection', value: collection }),
        h('span', {}, `${t.collections[collection]} (`, count, ')'),
      );
      this.filterCounts.set(collection, { label, count });
      return label;
    });
    this.filters.append(h('div', { class: 'flex flex-wrap gap-2' }, ...choices));
    this.notice.after(this.filters);

    this.input.addEventListener('input', () => {
      this.asTyped = false;
      void this.run();
    });
    this.filters.addEventListener('change', () => void this.run());
    // After "Show more", focus continues from the first new result.
    this.more.addEventListener(
      'click',
      () => void this.showMore(this.latest).then((first) => first?.querySelector('a')?.focus()),
    );
    // A common question is searched for as if typed.
    this.questions.addEventListener('click', (event) => {
      const question = (event.target as Element).closest('button')?.textContent;
      if (!question) return;
      this.input.value = question;
      this.input.focus();
      void this.run();
    });
    part('form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    element.addEventListener('keydown', (event) => this.moveThroughResults(event));
  }

  get state(): SearchState {
    const checked = [...this.filters.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    return { query: this.input.value.trim(), collections: checked.filter(isSearchCollection) };
  }

  set state({ query, collections }: SearchState) {
    this.input.value = query;
    for (const box of this.filters.querySelectorAll<HTMLInputElement>('input'))
      box.checked = (collections as string[]).includes(box.value);
  }

  async run(): Promise<void> {
    const run = ++this.latest;
    const { query, collections } = this.state;
    if (this.syncUrl) history.replaceState(history.state, '', searchUrl(location.href, { query, collections }));
    if (!query) return this.clear();
    if (!this.status.textContent) this.status.textContent = t.search.loading;
    try {
      const { api, language, vocabulary } = await loadSearch();
      const counts = new Map<string, Record<string, number>>();
      const terms = new Set<string>();
      const search = async (words: string) => {
        const found = await searchPagesThenTerms(api, words, collections);
        counts.set(words, found.counts);
        for (const term of found.terms) terms.add(term.id);
        return found.results;
      };
      // The text of the first result (its fragment, which showing it needs anyway) tells whether the index knows the
      // words as typed (that result has them all); only when it may not is the vocabulary downloaded.
      const firstTexts = async ([first]: PagefindResult[]) => {
        const data = await first?.data();
        return data ? [[data.content, data.meta.title, data.meta.searchTerms].join(' ')] : [];
      };
      // Everyday words read as the pages say them ("gp" → "doctor"); "Search instead for …" takes them as typed.
      const words = everydayWords(query, language);
      const outcome = this.asTyped
        ? await runAsTyped(query, search)
        : ((await runTypedQuery(words, language, search, firstTexts)) ??
          (await runMended(words, language, vocabulary, search)));
      if (run !== this.latest) return;
      this.list.replaceChildren();
      this.pending = [...outcome.results];
      await this.showMore(run, {
        order: (first) => orderFirstResults(first, outcome.searched, language),
        isTerm: (result) => terms.has(result.id),
        answered: (batch) => batch.some((page) => namesEveryWord(page, outcome.searched, language)),
      });
      if (run !== this.latest) return;
      // With the results, in the same frame, so the common questions hide as the filters appear: nothing moves.
      // Results merged from several searches have no exact counts: the filters are not offered for them.
      this.showFilterCounts(outcome.exactSearch === undefined ? undefined : (counts.get(outcome.exactSearch) ?? {}));
      // Announced once the results are on screen, so the count matches what the reader can reach.
      const count = outcome.results.length;
      // The count names the words searched for: the reader's own, unless the rules changed them (the notice says how).
      const rewritten = count > 0 && (outcome.changes.length > 0 || outcome.leftOut.length > 0);
      this.status.textContent = resultCountText(locale, count, rewritten ? outcome.searched : query, t.search);
      this.showNotice(query, outcome);
      // A hook for the browser tests and the bench: the typed query these results answer.
      this.list.dataset.query = query;
      this.help.hidden = count > 0;
      this.questions.hidden = count > 0;
      if (count === 0) this.help.replaceChildren(...helpNodes(t.search.noResultsHelp, mainNavigation(locale, t)));
    } catch {
      if (run === this.latest) this.unavailable();
    }
  }

  /**
   * Shows the next few results (Pagefind loads each result's text only now); returns the first new one. The first
   * results are put in order, with the best glossary term among them when no page names every word of the query: it
   * may then come first.
   */
  private async showMore(
    run: number,
    first?: {
      order: (batch: PagefindResultData[]) => PagefindResultData[];
      isTerm: (result: PagefindResult) => boolean;
      answered: (batch: PagefindResultData[]) => boolean;
    },
  ): Promise<HTMLLIElement | undefined> {
    const batch = this.pending.splice(0, RESULTS_PER_PAGE);
    const definition = first && !batch.some(first.isTerm) ? this.pending.find(first.isTerm) : undefined;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (definition && !first!.answered(data)) {
      batch.push(definition);
      data.push(await definition.data());
    }
    if (run !== this.latest) return undefined;
    const ordered = first ? first.order(data) : data;
    // One more than shown when the term came along: whichever is last now waits for "Show more".
    const waiting = ordered.slice(RESULTS_PER_PAGE).map((shown) => batch[data.indexOf(shown)]!);
    this.pending = [...waiting, ...this.pending.filter((result) => !batch.includes(result))];
    const items = ordered.slice(0, RESULTS_PER_PAGE).map(shapeResult).map(resultNode);
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    return items[0];
  }

  private showFilterCounts(counts: Record<string, number> | undefined): void {
    const { collections } = this.state;
    if (!counts) {
      this.filters.hidden = collections.length === 0;
      return;
    }
    let shown = 0;
    for (const [collection, { label, count }] of this.filterCounts) {
      count.textContent = String(counts[collection] ?? 0);
      label.hidden = !counts[collection] && !collections.includes(collection);
      if (!label.hidden) shown += 1;
    }
    // A filter is only worth showing when the results span more than one collection.
    this.filters.hidden = shown < 2 && collections.length === 0;
  }

  /** Says what the rules did: "Showing results for …" with "Search instead for …", or which words were left out. */
  private showNotice(query: string, outcome: QueryOutcome<PagefindResult>): void {
    const lines: Node[] = [];
    if (outcome.changes.length > 0 && outcome.results.length > 0) {
      const instead = h(
        'button',
        { type: 'button', class: 'button-link' },
        fillTemplate(t.search.searchInstead, { query }),
      );
      instead.addEventListener('click', () => {
        this.asTyped = true;
        void this.run();
      });
      lines.push(h('p', {}, fillTemplate(t.search.showingResultsFor, { query: outcome.searched }), ' ', instead));
    }
    if (outcome.leftOut.length > 0 && outcome.results.length > 0) {
      // "“x”, “y” and “z”" in English, "«x», «y» y «z»" in Spanish.
      const words = new Intl.ListFormat(LOCALE_REGIONS[locale], { type: 'conjunction' }).format(
        outcome.leftOut.map((word) => fillTemplate(t.search.quotedWord, { word })),
      );
      lines.push(h('p', { 'data-search-relaxed': 'unmatched' }, fillTemplate(t.search.withoutWords, { words })));
    }
    if (outcome.loosened) lines.push(h('p', { 'data-search-relaxed': 'some-words' }, t.search.someWords));
    this.notice.replaceChildren(...lines);
    this.notice.hidden = lines.length === 0;
  }

  private clear(): void {
    this.notice.hidden = true;
    this.questions.hidden = false;
    this.list.replaceChildren();
    this.pending = [];
    this.more.hidden = true;
    this.help.hidden = true;
    this.filters.hidden = true;
    this.status.textContent = '';
  }

  private unavailable(): void {
    this.clear();
    this.questions.hidden = true;
    this.status.textContent = import.meta.env.DEV ? t.search.devNoIndex : t.search.unavailable;
    // The message is in the live region; below it, the way round: the A–Z list.
    this.help.replaceChildren(...helpNodes(null, [{ href: localePath(locale, 'search'), label: t.search.allPages }]));
    this.help.hidden = false;
  }

  /** Arrow keys move from the search box through the result links and back; Enter opens a link. */
  private moveThroughResults(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [this.input, ...this.list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1 || stops.length === 1) return;
    event.preventDefault();
    stops[event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)]!.focus();
  }
}
