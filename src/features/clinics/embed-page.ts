// Runs on every embed page: applies the clinic's options from the address and reports the page's
// height to the clinic's page. Without it the embed shows everything in the reader's own theme.
import { parseCssColour, parseHexColour, readableAccent, toHex } from './colour-contrast';
import { embedHeightMessage, isHeightRequest } from './embed-messages';
import { embedSearch, isItemShown, parseEmbedOptions } from './embed-options';
import { speakWordPress } from './wordpress-frame';
import { wordpressSecret } from './wordpress-protocol';
import { LOCALES, isLocale, localePath } from '../../language/locales';

const root = document.documentElement;
const items = [...document.querySelectorAll<HTMLElement>('[data-embed-id]')].map((element) => ({
  element,
  id: element.dataset.embedId ?? '',
  category: element.dataset.embedCategory ?? '',
}));
const { options, problems } = parseEmbedOptions(location.search, {
  ids: items.map((item) => item.id),
  categories: [...new Set(items.map((item) => item.category))],
  locales: LOCALES,
});
// The clinic's web developer sees these in the browser console; readers see the full embed.
for (const problem of problems) console.warn(`Mesotherapy Guide embed: ${problem.message}`);

const embedPath = root.dataset.embedPath;
if (options.lang && isLocale(options.lang) && options.lang !== root.lang && embedPath) {
  // The fragment carries WordPress's secret, which must survive the move.
  location.replace(localePath(options.lang, embedPath) + embedSearch({ ...options, lang: null }) + location.hash);
}

if (options.theme !== 'auto') root.dataset.theme = options.theme;

for (const item of items) item.element.hidden = !isItemShown(item, options);
const hideEmptyGroups = () => {
  for (const group of document.querySelectorAll<HTMLElement>('[data-embed-group]')) {
    group.hidden = !group.querySelector('[data-embed-id]:not([hidden])');
  }
};
hideEmptyGroups();
const shown = items.filter((item) => !item.element.hidden);
if (shown.length === 1 && shown[0]?.element instanceof HTMLDetailsElement) shown[0].element.open = true;

/** The clinic's accent, adjusted to stay readable on the background the reader actually sees. */
function applyAccent(accent: string) {
  const chosen = parseHexColour(accent);
  const background = parseCssColour(getComputedStyle(root).backgroundColor);
  if (!chosen || !background) return;
  const readable = toHex(readableAccent(chosen, background));
  root.style.setProperty('--c-accent', readable);
  root.style.setProperty('--c-link', readable);
  root.style.setProperty('--c-accent-ink', toHex(background));
}
if (options.accent) {
  const accent = options.accent;
  applyAccent(accent);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyAccent(accent));
}

if (window.parent !== window) {
  // Only a number crosses to the clinic's page, so any parent may receive it.
  const report = () => window.parent.postMessage(embedHeightMessage(document.body.getBoundingClientRect().height), '*');
  new ResizeObserver(report).observe(document.body);
  // The loader asks when it starts after this page has already reported; the answer is the same number.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data)) report();
  });
}

// WordPress frames the embed with its secret in the address, or adds the secret later (wp-embed.js, on its load).
let speaksWordPress = false;
const listenForWordPress = () => {
  const secret = wordpressSecret(location.hash);
  if (!secret || speaksWordPress || window.parent === window) return;
  speaksWordPress = true;
  speakWordPress(
    secret,
    shown.map((item) => item.element),
    hideEmptyGroups,
  );
};
listenForWordPress();
window.addEventListener('hashchange', listenForWordPress);
