// The modal search dialog that the header's Search button, "/" and Ctrl/⌘+K open on every page but the search page.
import { localePath } from '../../language/locales';
import { h } from '../../site/dom';
import { searchBoxHtml } from './search-box';
import { loadSearch } from './search-engine';
import { SearchPanel } from './search-panel';
import { locale, t } from './ui-words';

let dialogPanel: { dialog: HTMLDialogElement; panel: SearchPanel } | undefined;
/** The modal search dialog, created the first time it is opened. */
function searchDialog() {
  if (dialogPanel) return dialogPanel;
  // The same markup as the search page's box, written in here: pages carry none of it.
  const markup = h('template');
  markup.innerHTML = searchBoxHtml('search-dialog', t, localePath(locale, 'search'));
  const panel = new SearchPanel(markup.content.firstElementChild as HTMLElement, false);
  const close = h('button', { type: 'button', class: 'button-secondary' }, t.search.close);
  const dialog = h(
    'dialog',
    {
      'aria-labelledby': 'search-dialog-title',
      'data-search-dialog': true,
      class:
        'mx-auto mt-[4vh] max-h-[92vh] w-[min(44rem,calc(100%-1rem))] max-w-none overflow-y-auto rounded-sm border-2 border-line bg-page p-4 text-ink shadow-xl backdrop:bg-black/60 sm:p-6',
    },
    h(
      'div',
      { class: 'mb-3 flex items-center justify-between gap-3' },
      h('h2', { id: 'search-dialog-title', class: 'text-2xl font-bold' }, t.search.title),
      close,
    ),
    panel.element,
  );
  close.addEventListener('click', () => dialog.close());
  // In a search box Escape would only clear the words; here it closes search, as readers expect.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the dimmed backdrop closes search (the dialog's own padding and scrollbar are inside its box).
  dialog.addEventListener('click', (event) => {
    const box = dialog.getBoundingClientRect();
    const outside =
      event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  document.body.append(dialog);
  dialogPanel = { dialog, panel };
  return dialogPanel;
}

/** Opens the search dialog, with focus in its search box, and starts loading search. */
export function openSearchDialog(): void {
  const { dialog, panel } = searchDialog();
  if (dialog.open) return;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  // Escape, the close button and the backdrop all end here: focus goes back to where the reader was.
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  panel.input.focus();
  panel.input.select();
  // Start fetching Pagefind and the index as the dialog opens, before the first key.
  loadSearch().catch(() => undefined);
}
