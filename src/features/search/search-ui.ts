// The search dialog and the search page: a small typed UI on Pagefind's JS API, loaded on first use (the bootstrap
// imports it when the reader opens search; on the search page, the tool starter when the reader uses the box).
// The dialog writes in its markup, so pages carry none of it until the reader opens search; the search page's box
// is in its HTML, and is adopted as this loads.
import { openSearchDialog } from './search-dialog';
import { searchPagePanel, startSearchPage } from './search-page';

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) startSearchPage(searchPage);

/** Opens the search dialog (or, on the search page, moves to its search box). */
export function openSearch(): void {
  const pagePanel = searchPagePanel();
  if (pagePanel) pagePanel.input.focus();
  else openSearchDialog();
}
