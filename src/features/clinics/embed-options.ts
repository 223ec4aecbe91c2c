/**
 * The options a clinic sets in an embed's address (?ids=…&category=…&accent=…&theme=…&lang=…).
 * Embed pages are static, so their script applies these in the browser; the snippet builder
 * writes them with embedSearch(). Bad values are ignored with a message naming the parameter and the fix.
 */
import { parseHexColour, toHex } from './colour-contrast';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  /** Only these items (question slugs); null shows every item. */
  ids: string[] | null;
  /** Only items of this category; null shows every category. */
  category: string | null;
  /** The clinic's accent colour as #rrggbb; null keeps ours. */
  accent: string | null;
  theme: EmbedTheme;
  /** Another language's version of the embed; null stays on this one. */
  lang: string | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  ids: null,
  category: null,
  accent: null,
  theme: 'auto',
  lang: null,
};

/**
 * What this embed page can show, so that options can be checked against it. One answer's page has no list (`list`
 * null): it keeps ?ids= and ?category= as given, for its link back to the list, which checks them.
 */
interface EmbedChoices {
  list: { ids: readonly string[]; categories: readonly string[] } | null;
  locales: readonly string[];
}

interface EmbedProblem {
  param: keyof EmbedOptions;
  message: string;
}

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

export function parseEmbedOptions(
  search: string,
  choices: EmbedChoices,
): { options: EmbedOptions; problems: EmbedProblem[] } {
  const params = new URLSearchParams(search);
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  const problems: EmbedProblem[] = [];

  const { list } = choices;
  const ids = params.get('ids');
  const wanted = (ids ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids !== null && !list) {
    if (wanted.length > 0) options.ids = wanted;
  } else if (ids !== null && list) {
    const unknown = wanted.filter((id) => !list.ids.includes(id));
    const known = wanted.filter((id) => list.ids.includes(id));
    if (unknown.length > 0) {
      problems.push({
        param: 'ids',
        message: `ids: ${quoteList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not on this embed, so ${unknown.length === 1 ? 'it was' : 'they were'} left out. Use the ids from /for-clinics/, e.g. ids=${list.ids.slice(0, 2).join(',')}.`,
      });
    }
    if (known.length > 0) options.ids = known;
    else problems.push({ param: 'ids', message: 'ids: no known id given, so everything is shown.' });
  }

  const category = params.get('category');
  if (category !== null) {
    if (!list || list.categories.includes(category)) options.category = category;
    else
      problems.push({
        param: 'category',
        message: `category: "${category}" is not a category here, so every category is shown. Use one of: ${quoteList(list.categories)}.`,
      });
  }

  const accent = params.get('accent');
  if (accent !== null) {
    const colour = parseHexColour(accent);
    if (colour) options.accent = toHex(colour);
    else
      problems.push({
        param: 'accent',
        message: `accent: "${accent}" is not a hex colour, so our colours are kept. Write it as %23 and six hex digits, e.g. accent=%23005eb8 for #005eb8.`,
      });
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((EMBED_THEMES as readonly string[]).includes(theme)) options.theme = theme as EmbedTheme;
    else
      problems.push({
        param: 'theme',
        message: `theme: "${theme}" is not a theme, so the reader's own setting is followed. Use one of: ${quoteList(EMBED_THEMES)}.`,
      });
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (choices.locales.includes(lang)) options.lang = lang;
    else
      problems.push({
        param: 'lang',
        message: `lang: "${lang}" is not a language of this site yet, so this one is shown. Use one of: ${quoteList(choices.locales)}.`,
      });
  }

  return { options, problems };
}

/** The query string for an embed's address: only what differs from the defaults, in a fixed order. */
export function embedSearch(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (options.ids && options.ids.length > 0) params.set('ids', options.ids.join(','));
  if (options.category) params.set('category', options.category);
  if (options.accent) params.set('accent', options.accent);
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.lang) params.set('lang', options.lang);
  // Commas in ids stay readable; URLSearchParams would write them as %2C.
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}

/** Whether an item (a question or a side effect) is shown under these options. */
export function isItemShown(
  item: { id: string; category: string },
  options: Pick<EmbedOptions, 'ids' | 'category'>,
): boolean {
  return (
    (options.ids === null || options.ids.includes(item.id)) &&
    (options.category === null || options.category === item.category)
  );
}
