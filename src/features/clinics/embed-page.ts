// Loaded by an embed page (embed-starter.ts) that has the clinic's options in its address or WordPress's secret:
// applies the options and speaks WordPress's protocol. Without it the embed shows everything in the reader's own theme.
import { parseCssColour, parseHexColour, readableAccent, toHex } from './colour-contrast';
import { embedSearch, isItemShown, parseEmbedOptions } from './embed-options';
import { speakWordPress } from './wordpress-frame';
import { wordpressFragment, wordpressSecret } from './wordpress-protocol';
import { LOCALES, isLocale, localePath } from '../../language/locales';

const root = document.documentElement;
const items = [...document.querySelectorAll<HTMLElement>('[data-embed-id]')].map((element) => ({
  element,
  id: element.dataset.embedId ?? '',
  category: element.dataset.embedCategory ?? '',
}));
// One answer's page shows no list: it links back to its list, which checks the list's options.
const backToList = [...document.querySelectorAll<HTMLElement>('[data-embed-all-questions]')];
const { options, problems } = parseEmbedOptions(location.search, {
  list:
    backToList.length > 0
      ? null
      : { ids: items.map((item) => item.id), categories: [...new Set(items.map((item) => item.category))] },
  locales: LOCALES,
});
// The clinic's web developer sees these in the browser console; readers see the full embed.
for (const problem of problems) console.warn(`Mesotherapy Guide embed: ${problem.message}`);

const embedPath = root.dataset.embedPath;
const otherLanguage =
  options.lang && isLocale(options.lang) && options.lang !== root.lang && embedPath
    ? localePath(options.lang, embedPath)
    : null;
// The fragment carries WordPress's secret, which must survive the move.
if (otherLanguage) location.replace(otherLanguage + embedSearch({ ...options, lang: null }) + location.hash);

// Links to the embed's other pages (a question's answer, the list) keep the clinic's options, and WordPress's secret,
// which wp-embed.js may add to the address after the page has loaded.
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-embed-nav]')];
const carryOptions = () => {
  const search = embedSearch({ ...options, lang: null });
  for (const link of navLinks) link.href = link.pathname + search + wordpressFragment(location.hash);
};
carryOptions();
window.addEventListener('hashchange', carryOptions);

if (options.theme !== 'auto') root.dataset.theme = options.theme;

for (const item of items) item.element.hidden = !isItemShown(item, options);
const hideEmptyGroups = () => {
  for (const group of document.querySelectorAll<HTMLElement>('[data-embed-group]')) {
    group.hidden = !group.querySelector('[data-embed-id]:not([hidden])');
  }
};
hideEmptyGroups();
const shown = items.filter((item) => !item.element.hidden);
const only = shown.length === 1 ? shown[0]?.element : undefined;
if (only instanceof HTMLDetailsElement) only.open = true;
// A clinic that chose one question shows its answer, whose link back would lead to a list of that question alone.
const chosenAlone = options.ids?.length === 1;
const answerLink = chosenAlone && !otherLanguage ? only?.querySelector<HTMLAnchorElement>('a[data-embed-nav]') : null;
if (answerLink) location.replace(answerLink.href);
for (const link of backToList) link.hidden = chosenAlone;

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
