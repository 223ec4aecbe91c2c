// The search dialog and the search page: a small typed UI on Pagefind's JS API, loaded on first use.
import { type Locale, DEFAULT_LOCALE, isLocale, localePath } from '../lib/locales';
import { mainNavigation } from '../lib/navigation';
import {
  type ExcerptPart,
  type PagefindApi,
  type PagefindResultData,
  type SearchResultView,
  type SearchState,
  isSearchSection,
  resultCountText,
  searchStateFromUrl,
  searchUrl,
  shapeResult,
} from '../lib/search';
import { ui } from '../i18n';

const PAGE_SIZE = 8;
const lang = document.documentElement.lang;
const locale: Locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
const t = ui(locale);

let pagefind: Promise<PagefindApi> | undefined;
/** Pagefind's script, WebAssembly and index: fetched once, when search is first opened. */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as PagefindApi;
    // Main thread: for a site this size the worker would cost another 40 KB and gain nothing.
    await api.options({ highlightParam: 'highlight', noWorker: true });
    await api.init();
    // Loads the filter index; without it Pagefind reports no counts for the section filters.
    await api.filters();
    return api;
  })().catch((error: unknown) => {
    pagefind = undefined; // Let the next keystroke try again.
    throw error;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function excerptNode(parts: ExcerptPart[], className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of parts) paragraph.append(part.marked ? element('mark', 'search-mark', part.text) : part.text);
  return paragraph;
}

function resultNode(result: SearchResultView): HTMLLIElement {
  const item = element('li', 'search-result border-b border-line pb-4');
  const link = element('a', 'text-lg font-bold', result.title);
  link.href = result.url;
  item.append(link, element('p', 'text-sm font-semibold text-muted', t.sections[result.section]), excerptNode(result.excerpt, 'mt-1'));
  if (result.subResults.length > 0) {
    const list = element('ul', 'mt-2 space-y-2 border-l-4 border-line pl-3');
    list.setAttribute('aria-label', t.search.subResultsLabel);
    for (const sub of result.subResults) {
      const subLink = element('a', 'font-semibold', sub.title);
      subLink.href = sub.url;
      const subItem = element('li');
      subItem.append(subLink, excerptNode(sub.excerpt, 'text-sm'));
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/** Links under the results, with an optional lead-in, for "no results" and "search is unavailable". */
function helpNode(message: string | null, links: Array<{ href: string; label: string }>): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (message) fragment.append(element('p', 'font-semibold', message));
  const list = element('ul', 'mt-2 list-disc space-y-1 pl-6');
  for (const { href, label } of links) {
    const link = element('a', '', label);
    link.href = href;
    const item = element('li');
    item.append(link);
    list.append(item);
  }
  fragment.append(list);
  return fragment;
}

class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly filters: HTMLFieldSetElement;
  private readonly list: HTMLOListElement;
  private readonly help: HTMLElement;
  private readonly more: HTMLButtonElement;
  private pending: Array<{ data(): Promise<PagefindResultData> }> = [];
  /** Answers to older keystrokes arriving late must not overwrite newer ones. */
  private latest = 0;

  constructor(
    root: HTMLElement,
    /** The search page keeps the URL in step with the query; the dialog leaves the page's URL alone. */
    private readonly syncUrl: boolean,
  ) {
    const find = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
    this.input = find<HTMLInputElement>('[data-search-input]');
    this.status = find('[data-search-status]');
    this.filters = find<HTMLFieldSetElement>('[data-search-filters]');
    this.list = find<HTMLOListElement>('[data-search-results]');
    this.help = find('[data-search-help]');
    this.more = find<HTMLButtonElement>('[data-search-more]');
    this.input.addEventListener('input', () => void this.run());
    this.filters.addEventListener('change', () => void this.run());
    // After "Show more", focus continues from the first new result.
    this.more.addEventListener('click', () => void this.showMore(this.latest).then((first) => first?.querySelector('a')?.focus()));
    find<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    root.addEventListener('keydown', (event) => this.moveThroughResults(event));
  }

  get state(): SearchState {
    const checked = [...this.filters.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    return { query: this.input.value.trim(), sections: checked.filter(isSearchSection) };
  }

  set state({ query, sections }: SearchState) {
    this.input.value = query;
    for (const box of this.filters.querySelectorAll<HTMLInputElement>('input')) box.checked = sections.includes(box.value as never);
  }

  async run(): Promise<void> {
    const run = ++this.latest;
    const { query, sections } = this.state;
    if (this.syncUrl) history.replaceState(history.state, '', searchUrl(location.href, { query, sections }));
    if (!query) return this.clear();
    if (!this.status.textContent) this.status.textContent = t.search.loading;
    try {
      const api = await loadPagefind();
      const filters = sections.length > 0 ? { section: { any: sections } } : undefined;
      const search = await api.search(query, filters ? { filters } : {});
      if (!search || run !== this.latest) return;
      this.showFilterCounts(search.totalFilters.section ?? {});
      this.list.replaceChildren();
      this.pending = [...search.results];
      await this.showMore(run);
      if (run !== this.latest) return;
      // Announced once the results are on screen, so the count matches what the reader can reach.
      this.status.textContent = resultCountText(locale, search.results.length, query, t.search);
      this.help.hidden = search.results.length > 0;
      if (search.results.length === 0) this.help.replaceChildren(helpNode(t.search.noResultsHelp, mainNavigation(locale, t)));
    } catch {
      if (run === this.latest) this.unavailable();
    }
  }

  /** Shows the next few results (Pagefind loads each result's text only now); returns the first new one. */
  private async showMore(run: number): Promise<HTMLLIElement | undefined> {
    const batch = this.pending.splice(0, PAGE_SIZE);
    const items = (await Promise.all(batch.map(async (result) => shapeResult(await result.data())))).map(resultNode);
    if (run !== this.latest) return undefined;
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    return items[0];
  }

  private showFilterCounts(counts: Record<string, number>): void {
    const { sections } = this.state;
    let shown = 0;
    for (const label of this.filters.querySelectorAll<HTMLElement>('[data-section]')) {
      const section = label.dataset.section ?? '';
      const count = counts[section] ?? 0;
      label.querySelector('[data-count]')!.textContent = String(count);
      label.hidden = count === 0 && !sections.includes(section as never);
      if (!label.hidden) shown += 1;
    }
    // A filter is only worth showing when the results span more than one section.
    this.filters.hidden = shown < 2 && sections.length === 0;
  }

  private clear(): void {
    this.list.replaceChildren();
    this.pending = [];
    this.more.hidden = true;
    this.help.hidden = true;
    this.filters.hidden = true;
    this.status.textContent = '';
  }

  private unavailable(): void {
    this.clear();
    const message = import.meta.env.DEV ? t.search.devNoIndex : t.search.unavailable;
    // The message is in the live region; below it, the way round: the A–Z list.
    this.help.replaceChildren(helpNode(null, [{ href: localePath(locale, 'search'), label: t.search.allPages }]));
    this.help.hidden = false;
    this.status.textContent = message;
  }

  /** Arrow keys move from the search box through the result links and back; Enter opens a link. */
  private moveThroughResults(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
    const stops: HTMLElement[] = [this.input, ...links];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1 || links.length === 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]!.focus();
  }
}

const panels = new WeakMap<HTMLElement, SearchPanel>();
function panelIn(root: HTMLElement, syncUrl: boolean): SearchPanel {
  const element = root.querySelector<HTMLElement>('[data-search-panel]') ?? root;
  let panel = panels.get(element);
  if (!panel) {
    panel = new SearchPanel(element, syncUrl);
    panels.set(element, panel);
  }
  return panel;
}

/** Opens the search dialog (or, on the search page, moves to its search box). */
export function openSearch(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) {
    panelIn(page, true).input.focus();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog || dialog.open) return;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const panel = panelIn(dialog, false);
  if (!dialog.dataset.ready) {
    dialog.dataset.ready = 'true';
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the dimmed backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  }
  dialog.showModal();
  // Escape, the close button and the backdrop all end here: focus goes back to where the reader was.
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  panel.input.focus();
  panel.input.select();
  // Start fetching Pagefind while the reader types.
  loadPagefind().catch(() => undefined);
}

/** The search page: show the form, restore the search from the URL and run it. */
export function startSearchPage(page: HTMLElement): void {
  const panel = panelIn(page, true);
  page.hidden = false;
  panel.state = searchStateFromUrl(location.href);
  if (panel.state.query) void panel.run();
  else loadPagefind().catch(() => undefined);
}
