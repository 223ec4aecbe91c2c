/**
 * The HTML a clinic pastes into its page. The snippet builder shows it (built on the server with the site's
 * address, and again in the browser as the clinic changes options), so both use these functions.
 */
import { type EmbedOptions, embedSearch } from './embed-options';
import { type Locale, localePath, withBase } from '../../language/locales';
import { jsonLdText } from '../../seo/structured-data';
import { escapeHtml } from '../../site/escape-html';

/** What a clinic can embed. */
export const EMBED_KINDS = ['faq', 'side-effects', 'estimator', 'compare'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/**
 * Where an embed lives, before the language prefix. Without a country it is the build's own ("embed/faq"); with
 * one, its care advice is that country's ("embed/country/ie/faq"), in every language. `item` is one question's id.
 */
export function embedPath(kind: EmbedKind, region?: string, item?: string): string {
  return ['embed', ...(region ? ['country', region.toLowerCase()] : []), kind, ...(item ? [item] : [])].join('/');
}

/** Our own accent (--c-accent in global.css): choosing it means "no accent option". */
export const DEFAULT_ACCENT = '#005eb8';

/** Height before /embed.js sizes the frame, and the height without it. */
export const INITIAL_EMBED_HEIGHT = 600;

/** Which embed a clinic chose: its kind, the language of its words and the country of its care advice. */
export interface EmbedChoice {
  locale: Locale;
  kind: EmbedKind;
  /** An ISO 3166-1 alpha-2 code, e.g. "IE". */
  region: string;
}

/** The embed's absolute address with the chosen options, e.g. https://…/embed/country/ie/faq/?ids=a,b. */
export function embedAddress(
  origin: string | URL,
  { locale, kind, region }: EmbedChoice,
  options: Partial<EmbedOptions>,
): string {
  return new URL(localePath(locale, embedPath(kind, region)) + embedSearch(options), origin).href;
}

/** The iframe and the loader script, ready to paste. */
export function clinicSnippet({ embedUrl, title }: { embedUrl: string; title: string }): string {
  const loaderUrl = new URL(withBase('/embed.js'), embedUrl).href;
  return [
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${INITIAL_EMBED_HEIGHT}"></iframe>`,
    `<script src="${escapeHtml(loaderUrl)}" async></script>`,
  ].join('\n');
}

/** A JSON-LD block for a clinic that shows our answers as text on its own page. */
export function structuredDataSnippet(data: object): string {
  return `<script type="application/ld+json">\n${jsonLdText(data, 2)}\n</script>`;
}
