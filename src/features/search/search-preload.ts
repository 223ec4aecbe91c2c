// The search page's own inline script, after its box (SearchBox.astro): with a search in the address, the files the
// results need next, named by the box (Pagefind's script and WebAssembly), start loading at once, beside the search UI
// the tool starter imports, rather than once the UI has run. With no query it does nothing: the page loads no file
// before first use. Only the search page carries it, so no other page pays its bytes. Pages carry it from
// search-preload.generated.ts: after editing this file, run `npm run inline-scripts`.
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage && new URLSearchParams(location.search).get('q'))
  for (const href of searchPage.dataset.searchPreload!.split(' '))
    document.head.append(
      Object.assign(document.createElement('link'), {
        href,
        // As Pagefind fetches its files (same-origin credentials), so the browser uses what was preloaded.
        crossOrigin: '',
        ...(href.endsWith('.js') ? { rel: 'modulepreload' } : { rel: 'preload', as: 'fetch' }),
      }),
    );
