/**
 * The one message an embed page sends to the clinic's page: its content height, so /embed.js can size the iframe.
 * Only a namespaced type and a number cross the frame boundary. The other way, /embed.js may ask an embed
 * for its height, because an embed that loaded before the script arrived has already sent it.
 */

export const EMBED_HEIGHT_MESSAGE_TYPE = 'mesotherapy-guide:height';
const EMBED_HEIGHT_REQUEST_TYPE = 'mesotherapy-guide:height-request';

/** The loader's request: no data beyond its type. */
export const embedHeightRequest = () => ({ type: EMBED_HEIGHT_REQUEST_TYPE }) as const;

export function isHeightRequest(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    Object.keys(data).length === 1 &&
    (data as { type?: unknown }).type === EMBED_HEIGHT_REQUEST_TYPE
  );
}

interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** Taller than any page we publish; a larger number is a mistake or an attack, not content. */
const MAX_EMBED_HEIGHT = 100_000;

/** The message for a content height in CSS pixels, rounded up so the last line is never cut off. */
export function embedHeightMessage(height: number): EmbedHeightMessage {
  const safe = Number.isFinite(height) ? Math.min(Math.max(Math.ceil(height), 0), MAX_EMBED_HEIGHT) : 0;
  return { type: EMBED_HEIGHT_MESSAGE_TYPE, height: safe };
}

/** The height in a message, or null when the message is not exactly our height message. */
export function heightFromMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort();
  if (keys.length !== 2 || keys[0] !== 'height' || keys[1] !== 'type') return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== EMBED_HEIGHT_MESSAGE_TYPE) return null;
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 0 || height > MAX_EMBED_HEIGHT) return null;
  return height;
}

/** What the loader needs to know about a message event and about an iframe on the clinic's page. */
interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}
interface FrameLike {
  src: string;
  contentWindow: unknown;
}

/**
 * The iframe a message resizes, and to what height: only a height message, only from our origin,
 * and only from the window of one of our own iframes. Anything else resizes nothing.
 */
export function frameToResize<F extends FrameLike>(
  event: MessageLike,
  ourOrigin: string,
  frames: Iterable<F>,
): { frame: F; height: number } | null {
  if (event.origin !== ourOrigin || event.source === null) return null;
  const height = heightFromMessage(event.data);
  if (height === null) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== event.source) continue;
    return originOf(frame.src) === ourOrigin ? { frame, height } : null;
  }
  return null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
