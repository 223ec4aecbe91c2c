/**
 * WordPress's embed protocol, spoken beside ours (embed-messages.ts) when WordPress frames an embed from our oEmbed
 * file. WordPress adds "#?secret=…" to the iframe's address; its wp-embed.js then trusts only messages carrying that
 * secret: { message: 'height', value, secret } sets the iframe's height (at most 1000 px), { message: 'link', value,
 * secret } opens an address on the iframe's own host in the reader's window, and it sends { message: 'ready', secret }
 * when it starts, after which the embed sends its height again.
 */

/** wp-embed.js never makes an embed taller than this (its frame does not scroll): taller content must fit inside. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** wp-embed.js ignores a secret with anything but letters and digits; WordPress writes up to ten of them. */
const SECRET = /(?:^#\?|&)secret=([a-zA-Z0-9]{1,64})(?:&|$)/;

/** The secret in an embed's address fragment ("#?secret=Ab3dE6gH9j"), or null when WordPress did not frame it. */
export function wordpressSecret(hash: string): string | null {
  return SECRET.exec(hash)?.[1] ?? null;
}

/** The fragment that carries the secret to the embed's next page ("#?secret=…"), or "" outside WordPress. */
export function wordpressFragment(hash: string): string {
  const secret = wordpressSecret(hash);
  return secret ? `#?secret=${secret}` : '';
}

interface WordPressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/** The height message, in whole CSS pixels rounded up so the last line is never cut off. */
export function wordpressHeightMessage(height: number, secret: string): WordPressMessage {
  return { message: 'height', value: Number.isFinite(height) ? Math.max(Math.ceil(height), 0) : 0, secret };
}

/** Asks WordPress to open an address in the reader's window (it does so only for the iframe's own host). */
export function wordpressLinkMessage(href: string, secret: string): WordPressMessage {
  return { message: 'link', value: href, secret };
}

/** Whether a message is wp-embed.js's "ready" for this embed, which answers with its height again. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: theirs } = data as Record<string, unknown>;
  return message === 'ready' && theirs === secret;
}

/**
 * Where a click on a link inside the embed should take the reader: WordPress opens only addresses on the embed's
 * own host, so a link to another site goes to our full page, which has the same link.
 */
export function wordpressLinkTarget(href: string, embedHost: string, fullPage: string): string {
  try {
    const url = new URL(href);
    return /^https?:$/.test(url.protocol) && url.host === embedHost ? url.href : fullPage;
  } catch {
    return fullPage;
  }
}
