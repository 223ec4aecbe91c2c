// An embed framed by WordPress from our oEmbed file (wordpress-protocol.ts): it runs in sandbox="allow-scripts", an
// opaque origin with no storage and no pop-ups, in a frame wp-embed.js holds at most 1000 px tall and never scrolls.
import {
  WORDPRESS_MAX_HEIGHT,
  isWordPressReady,
  wordpressHeightMessage,
  wordpressLinkMessage,
  wordpressLinkTarget,
} from './wordpress-protocol';

/** A list shows at least this many items before "see the full list", even when the ceiling is nearer. */
const AT_LEAST_ITEMS = 3;

const bodyHeight = () => document.body.getBoundingClientRect().height;

/**
 * Shows as many of the list's items as fit the ceiling, collapsed, and the link to the full list when some are left
 * out. `items` are those the clinic's options show; `afterChange` hides the groups left empty.
 */
function fitList(items: readonly HTMLElement[], more: HTMLElement, afterChange: () => void) {
  for (const item of items) item.hidden = false;
  more.hidden = true;
  afterChange();
  if (bodyHeight() <= WORDPRESS_MAX_HEIGHT) return;
  more.hidden = false;
  for (const item of items) item.hidden = true;
  let count = 0;
  for (const item of items) {
    item.hidden = false;
    afterChange();
    if (count >= AT_LEAST_ITEMS && bodyHeight() > WORDPRESS_MAX_HEIGHT) {
      item.hidden = true;
      break;
    }
    count += 1;
  }
  afterChange();
}

/** Whatever is still taller than the ceiling (an opened answer, results, large text) scrolls inside the content. */
function keepUnderCeiling(main: HTMLElement) {
  const others = bodyHeight() - main.getBoundingClientRect().height;
  const available = Math.floor(WORDPRESS_MAX_HEIGHT - others);
  const scrolls = main.scrollHeight > available;
  main.style.maxHeight = scrolls ? `${available}px` : '';
  // A region that scrolls must be reachable by keyboard.
  if (scrolls) main.tabIndex = 0;
  else main.removeAttribute('tabindex');
}

export function speakWordPress(secret: string, items: readonly HTMLElement[], afterChange: () => void) {
  const root = document.documentElement;
  const main = document.querySelector<HTMLElement>('main');
  const more = document.querySelector<HTMLElement>('[data-embed-more]');
  const fullPage = document.querySelector<HTMLAnchorElement>('[data-embed-full-page]')?.href ?? location.href;
  if (!main) return;
  root.dataset.wordpress = '';

  let width = innerWidth;
  if (more && items.length > AT_LEAST_ITEMS) {
    fitList(items, more, afterChange);
    addEventListener('resize', () => {
      if (innerWidth === width) return;
      width = innerWidth;
      fitList(items, more, afterChange);
    });
  }

  const report = () => window.parent.postMessage(wordpressHeightMessage(bodyHeight(), secret), '*');
  const fit = () => {
    keepUnderCeiling(main);
    report();
  };
  // WordPress hides the frame until it hears a height, and a browser may pause the rendering (so resize observers)
  // of a hidden frame from another origin: the first height is sent now, and again once everything has loaded.
  fit();
  addEventListener('load', fit);
  // The content's own boxes change size when answers open or results appear; main's box is held at the ceiling.
  const observer = new ResizeObserver(fit);
  for (const child of [...main.children, document.body]) observer.observe(child);

  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isWordPressReady(event.data, secret)) report();
  });

  // Without allow-popups a new tab cannot open: WordPress opens the page in the reader's window instead. Links to the
  // embed's other pages (data-embed-nav) open in the frame, which keeps the secret (embed-page.ts).
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (
      !link ||
      link.hasAttribute('data-embed-nav') ||
      event.button !== 0 ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    window.parent.postMessage(
      wordpressLinkMessage(wordpressLinkTarget(link.href, location.host, fullPage), secret),
      '*',
    );
  });
}
