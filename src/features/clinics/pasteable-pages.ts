/**
 * The pages a clinic's editor may paste into WordPress (or another editor that reads oEmbed), each with the embed it
 * shows. Each such page links its oEmbed file (<link rel="alternate" type="application/json+oembed">, BaseLayout),
 * and src/pages/[...lang]/oembed/[...page].json.ts writes that file. Adding a page is one line in PASTEABLE_PAGES.
 */
import { clinicSnippet, type EmbedKind, embedPath, INITIAL_EMBED_HEIGHT } from './clinic-snippet';
import { escapeHtml } from '../../site/escape-html';
import { embedSearch } from './embed-options';
import { DEFAULT_LOCALE, isLocale, type Locale, localePath, withoutBase } from '../../language/locales';

interface PasteableRule {
  /** The page's path in its language, from the language's root: "faqs", or "faqs/*" for every entry under it. */
  page: string;
  /** The embed it shows. */
  kind: EmbedKind;
  /** For "…/*": the entry is the embed's own page ("path": /embed/faq/<id>/) or picked by ?ids=<id>. */
  item?: 'path' | 'ids';
}

export const PASTEABLE_PAGES: readonly PasteableRule[] = [
  { page: 'faqs', kind: 'faq' },
  { page: 'faqs/*', kind: 'faq', item: 'path' },
  { page: 'side-effects', kind: 'side-effects' },
  { page: 'side-effects/*', kind: 'side-effects', item: 'ids' },
  { page: 'estimator', kind: 'estimator' },
  { page: 'compare', kind: 'compare' },
];

/** A page's path in its language, without the base or the language: "/guide/es/faqs/pain/" → "faqs/pain". */
export function pagePathOf(pathname: string): string {
  const parts = withoutBase(pathname).split('/').filter(Boolean);
  const [first] = parts;
  return (isLocale(first) && first !== DEFAULT_LOCALE ? parts.slice(1) : parts).join('/');
}

function ruleOf(pagePath: string): PasteableRule | undefined {
  const [folder, slug, ...more] = pagePath.split('/');
  if (more.length > 0) return undefined;
  return PASTEABLE_PAGES.find((rule) => rule.page === (slug ? `${folder}/*` : folder));
}

/** Whether a page ("faqs/pain", as pagePathOf writes it) is one a clinic pastes, so it links an oEmbed file. */
export const isPasteable = (pagePath: string) => ruleOf(pagePath) !== undefined;

/**
 * The embed a page shows, from the language's root with its options ("embed/country/gb/faq/pain/",
 * "embed/country/gb/side-effects/?ids=bruising"), or null when the page is not one a clinic pastes.
 */
export function embedOfPage(pagePath: string, region: string): string | null {
  const rule = ruleOf(pagePath);
  if (!rule) return null;
  const slug = pagePath.split('/')[1];
  const path = `${embedPath(rule.kind, region, rule.item === 'path' ? slug : undefined)}/`;
  return rule.item === 'ids' && slug ? path + embedSearch({ ids: [slug] }) : path;
}

/** Where a pasteable page's oEmbed file lives in its language: "faqs/pain" → "oembed/faqs/pain.json". */
export const oembedPathOf = (pagePath: string) => `oembed/${pagePath}.json`;

/** The width the embed is designed for; its iframe fills whatever width the page gives it. */
const OEMBED_WIDTH = 600;
/** How long a consumer may keep the file, in seconds: a day, so a review reaches pasted embeds within one. */
const OEMBED_CACHE_AGE = 86_400;

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  width: number;
  height: number;
  cache_age: number;
  html: string;
}

/**
 * The oEmbed file of a page: a blockquote linking the page, which WordPress shows until the iframe speaks, then the
 * snippet the builder gives (the iframe and /embed.js, which WordPress leaves out: it sizes the frame itself).
 */
export function oembedResponse(page: {
  locale: Locale;
  title: string;
  pageUrl: string;
  embedUrl: string;
  iframeTitle: string;
  providerName: string;
  site: URL;
}): OEmbedRich {
  const snippet = clinicSnippet({ embedUrl: page.embedUrl, title: page.iframeTitle });
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    provider_name: page.providerName,
    provider_url: new URL(localePath(page.locale), page.site).href,
    width: OEMBED_WIDTH,
    // The iframe's height until the embed reports its own (WordPress hides it until then).
    height: INITIAL_EMBED_HEIGHT,
    cache_age: OEMBED_CACHE_AGE,
    html: `<blockquote><a href="${escapeHtml(page.pageUrl)}">${escapeHtml(page.title)}</a></blockquote>\n${snippet}`,
  };
}
