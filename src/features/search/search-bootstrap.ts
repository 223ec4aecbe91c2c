// The only script a content page carries, inlined into its HTML (under 1 KB, hashed into the CSP): it wires the header
// Search link and the "/" and Ctrl/⌘+K shortcuts, and imports the search UI only when the reader opens search.
// The link carries the addresses it needs (SearchButton.astro), so this code is the same in every build and under any
// base: its hash, which the response headers allow (src/hosting/headers.ts), changes only when this file does. Pages
// carry it from search-bootstrap.generated.ts: after editing this file, run `npm run search:bootstrap`.
type SearchUi = typeof import('./search-ui');

const trigger = document.querySelector<HTMLElement>('[data-search-open]');
const { searchUi: uiUrl = '', searchHighlight: highlightUrl = '' } = trigger?.dataset ?? {};
const searchUi = () => import(/* @vite-ignore */ uiUrl) as Promise<SearchUi>;

function openSearch(event: Event) {
  event.preventDefault();
  void searchUi().then((ui) => ui.openSearch());
}

if (trigger) {
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', openSearch);
  trigger.addEventListener('keydown', (event) => (event as KeyboardEvent).key === ' ' && openSearch(event));
}

addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (commandK || slash) openSearch(event);
});

// The search page is search opened: start it straight away.
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) void searchUi().then((ui) => ui.startSearchPage(searchPage));

// Arriving from a result: mark the searched words (Pagefind's highlight script, only when asked for).
if (new URLSearchParams(location.search).has('highlight')) {
  void import(/* @vite-ignore */ highlightUrl).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
  );
}
