// The only script a content page carries, inlined into its <head> as a classic script (about 1 KB, hashed into the CSP).
// 1. Before first paint it marks <html data-js>, so CSS shows the scripted form of a page (the estimator's form, the
//    search page's box) in place of its no-JavaScript fallback from the start: nothing jumps when the scripts arrive.
// 2. The phone menu closes on Escape and on a click outside it.
// 3. The header Search link and the "/" and Ctrl/⌘+K shortcuts import the search UI, only when the reader opens search.
// The link carries the addresses it needs (SearchButton.astro), so this code is the same in every build and under any
// base: its hash, which the response headers allow (src/hosting/headers.ts), changes only when this file does. Pages
// carry it from search-bootstrap.generated.ts: after editing this file, run `npm run search:bootstrap`.
type SearchUi = typeof import('./search-ui');

const root = document.documentElement;
// A browser that runs modules runs the pages' scripts; an older one keeps the fallbacks. A search in the address
// (/search/?q=…) keeps the search page's A–Z list out of view until its results are in (src/pages/…/search/).
if ('noModule' in HTMLScriptElement.prototype) root.dataset.js = '';
if (new URLSearchParams(location.search).get('q')?.trim()) root.dataset.searchQuery = '';

const trigger = () => document.querySelector<HTMLElement>('[data-search-open]');
const searchUi = () => import(/* @vite-ignore */ trigger()?.dataset.searchUi ?? '') as Promise<SearchUi>;

function openSearch(event: Event) {
  event.preventDefault();
  void searchUi().then((ui) => ui.openSearch());
}

const openMenu = () => document.querySelector<HTMLDetailsElement>('details.site-menu[open]');

addEventListener('keydown', (event) => {
  const menu = openMenu();
  if (event.key === 'Escape' && menu) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (commandK || slash) openSearch(event);
});

addEventListener('click', (event) => {
  const menu = openMenu();
  if (menu && !menu.contains(event.target as Node)) menu.open = false;
});

addEventListener('DOMContentLoaded', () => {
  const link = trigger();
  if (link) {
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', openSearch);
    link.addEventListener('keydown', (event) => event.key === ' ' && openSearch(event));
  }
  // The search page is search opened: start it straight away.
  const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
  if (searchPage) void searchUi().then((ui) => ui.startSearchPage(searchPage));
  // Arriving from a result: mark the searched words (Pagefind's highlight script, only when asked for).
  if (link && new URLSearchParams(location.search).has('highlight')) {
    void import(/* @vite-ignore */ link.dataset.searchHighlight ?? '').then(
      ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
    );
  }
});
