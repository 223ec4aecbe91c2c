// The only script a content page loads: it wires the header Search link and the "/" and Ctrl/⌘+K
// shortcuts, and fetches the search UI and Pagefind only when the reader first opens search.
const searchUi = () => import('./search-ui');

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
// __SITE_BASE__ is locales.ts's BASE_URL, read directly so this loader stays free of imports.
if (new URLSearchParams(location.search).has('highlight')) {
  void import(/* @vite-ignore */ `${__SITE_BASE__}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
  );
}
