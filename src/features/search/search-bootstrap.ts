// The only script a content page carries, inlined into its HTML (under 1 KB, hashed into the CSP): it wires the header
// Search link and the "/" and Ctrl/⌘+K shortcuts, and imports the search UI only when the reader opens search.
// SEARCH_UI_URL and HIGHLIGHT_URL are filled in by the build (search-bundle.ts).
declare const SEARCH_UI_URL: string;
declare const HIGHLIGHT_URL: string;
type SearchUi = typeof import('./search-ui');

const searchUi = () => import(/* @vite-ignore */ SEARCH_UI_URL) as Promise<SearchUi>;

function openSearch(event: Event) {
  event.preventDefault();
  void searchUi().then((ui) => ui.openSearch());
}

const trigger = document.querySelector('[data-search-open]');
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
  void import(/* @vite-ignore */ HIGHLIGHT_URL).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
  );
}
