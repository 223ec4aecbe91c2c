// The only script a content page carries, inlined into its <head> as a classic script (under 1 KB, hashed into the CSP).
// 1. Before first paint it marks <html data-js> ("query" with a search in the address), so CSS shows the scripted form
//    of a page (the estimator's form, the search page's box) in place of its no-JavaScript fallback from the start:
//    nothing jumps when the scripts arrive.
// 2. The phone menu closes on Escape and on a click outside it.
// 3. The header Search link and the "/" and Ctrl/⌘+K shortcuts import the search UI, only when the reader opens search.
// The link carries the addresses it needs (SearchButton.astro), so this code is the same in every build and under any
// base: its hash, which the response headers allow (src/hosting/headers.ts), changes only when this file does. Pages
// carry it from search-bootstrap.generated.ts: after editing this file, run `npm run inline-scripts`.
type SearchUi = typeof import('./search-ui');

const root = document.documentElement;
const params = new URLSearchParams(location.search);
// Any browser that parses this script (ES2022) also runs the pages' module scripts. "query": a search in the address.
root.dataset.js = params.get('q') ? 'query' : '';
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);
const searchLink = () => $<HTMLElement>('[data-search-ui]');

/** Imports the search UI the Search link names and opens search; a page without the site header (an embed) has none. */
function openSearch(event: Event) {
  const url = searchLink()?.dataset.searchUi;
  if (!url) return;
  event.preventDefault();
  void (import(/* @vite-ignore */ url) as Promise<SearchUi>).then((ui) => ui.openSearch());
}

const openMenu = () => $<HTMLDetailsElement>('.site-menu[open]');

addEventListener('keydown', (event) => {
  const menu = openMenu();
  if (event.key === 'Escape' && menu) {
    menu.open = false;
    // Back to the Menu button (the <summary>, its first child), where the reader was.
    (menu.firstElementChild as HTMLElement).focus();
  }
  // Ctrl/⌘+K anywhere; "/" when not typing in a field.
  const shortcut =
    event.ctrlKey || event.metaKey
      ? 'kK'.includes(event.key)
      : event.key === '/' && !(event.target as Element).matches('input,textarea,[contenteditable]');
  if (shortcut && !event.altKey) openSearch(event);
});

addEventListener('click', (event) => {
  const menu = openMenu();
  if (menu && !menu.contains(event.target as Node)) menu.open = false;
});

addEventListener('DOMContentLoaded', () => {
  const link = searchLink();
  if (link) {
    link.role = 'button';
    link.ariaHasPopup = 'dialog';
    link.addEventListener('click', openSearch);
    link.addEventListener('keydown', (event) => event.key === ' ' && openSearch(event));
  }
  // Arriving from a result: mark the searched words (Pagefind's highlight script, only when asked for).
  if (link && params.has('highlight')) {
    void import(/* @vite-ignore */ link.dataset.searchHighlight!).then(
      ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
    );
  }
});
