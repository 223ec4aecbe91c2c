// The search page (/search/): search opened in the page itself, its state kept in the URL.
import { loadSearch } from './search-engine';
import { SearchPanel } from './search-panel';
import { searchStateFromUrl } from './search-state';

let pagePanel: SearchPanel | undefined;

/** The search page's panel, once the page has started it. */
export const searchPagePanel = (): SearchPanel | undefined => pagePanel;

/** The search page: add the search box, restore the search from the URL and run it. */
export function startSearchPage(container: HTMLElement): void {
  pagePanel ??= new SearchPanel('search-page', true);
  container.replaceChildren(pagePanel.element);
  pagePanel.state = searchStateFromUrl(location.href);
  // With JavaScript the page is a search: its "needs JavaScript" note goes, and with a query the A–Z list folds away.
  document.querySelector('[data-search-needs-js]')?.remove();
  const allPages = document.querySelector<HTMLDetailsElement>('[data-all-pages-list]');
  if (allPages && pagePanel.state.query) allPages.open = false;
  if (pagePanel.state.query) void pagePanel.run();
  else loadSearch().catch(() => undefined);
}
