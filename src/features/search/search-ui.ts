// The search dialog and the search page: a small typed UI on Pagefind's JS API, loaded on first use.
// It builds its own markup, so pages carry none of it until the reader opens search.
import { openSearchDialog } from './search-dialog';
import { searchPagePanel } from './search-page';

export { startSearchPage } from './search-page';

/** Opens the search dialog (or, on the search page, moves to its search box). */
export function openSearch(): void {
  const pagePanel = searchPagePanel();
  if (pagePanel) pagePanel.input.focus();
  else openSearchDialog();
}
