// The search page (/search/): its search box is in the page's HTML (SearchBox.astro); this adopts it, with the search
// from the URL, or the words typed before this script arrived.
import { loadSearch } from './search-engine';
import { SearchPanel } from './search-panel';
import { searchStateFromUrl } from './search-state';

let pagePanel: SearchPanel | undefined;

/** The search page's panel, once the page has started it. */
export const searchPagePanel = (): SearchPanel | undefined => pagePanel;

/** The search page: adopt its search box, restore the search from the URL (or take what was typed) and run it. */
export function startSearchPage(container: HTMLElement): void {
  if (pagePanel) return;
  pagePanel = new SearchPanel(container.querySelector<HTMLElement>('[data-search-box]')!, true);
  // Words typed while this script was on its way stay, and are searched for.
  if (!pagePanel.input.value) pagePanel.state = searchStateFromUrl(location.href);
  // With JavaScript the page is a search: its "needs JavaScript" note goes, and with a query the A–Z list folds away.
  document.querySelector('[data-search-needs-js]')?.remove();
  const allPages = document.querySelector<HTMLDetailsElement>('[data-all-pages-list]');
  if (allPages && pagePanel.state.query) allPages.open = false;
  if (pagePanel.state.query) void pagePanel.run();
  else loadSearch().catch(() => undefined);
}
