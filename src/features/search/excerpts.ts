import { decodeEntities } from './html-entities';

/** A stretch of excerpt text, marked when it matches the reader's words. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt ("…a <mark>bruise</mark> may…") into plain text parts, so the UI can
 * build <mark> elements itself instead of trusting the excerpt as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

const plainOf = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');

/** Drops the first `count` characters of an excerpt's parts. */
function dropStart(parts: ExcerptPart[], count: number): ExcerptPart[] {
  const kept: ExcerptPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left >= part.text.length) {
      left -= part.text.length;
      continue;
    }
    kept.push({ ...part, text: part.text.slice(left) });
    left = 0;
  }
  return kept;
}

/**
 * An excerpt a reader can start reading: Pagefind cuts a window of words around the match, often mid-sentence. If a
 * sentence or clause starts before the first marked word, begin there; otherwise show with "…" that text was cut.
 * It ends with "…" when the window stops mid-sentence. `content` is the page's indexed text.
 */
export function readableExcerpt(parts: ExcerptPart[], content: string): ExcerptPart[] {
  const plain = plainOf(parts);
  if (!plain.trim()) return parts;
  const text = content.replace(/\s+/g, ' ');
  const at = text.indexOf(plain.replace(/\s+/g, ' ').trim());
  const before = at > 0 ? text.slice(0, at).trimEnd() : '';
  const startsClause = at === 0 || /[.!?:;]$/.test(before) || before === '';
  let result = parts;
  if (!startsClause) {
    const firstMark = parts.findIndex((part) => part.marked);
    const markAt = firstMark === -1 ? plain.length : plainOf(parts.slice(0, firstMark)).length;
    const boundary = /[.!?;:]\s+(?=\S)/g;
    let cut = -1;
    for (let match = boundary.exec(plain); match && match.index < markAt; match = boundary.exec(plain))
      cut = match.index + match[0].length;
    result = cut > 0 && cut <= markAt ? dropStart(parts, cut) : [{ text: '…', marked: false }, ...parts];
  }
  const last = result.at(-1)!;
  const ended = /[.!?]["”’)]?\s*$/.test(last.text) || text.endsWith(plain.trim());
  return ended ? result : [...result, { text: '…', marked: false }];
}

/** Words of an excerpt, for comparing two of them. */
const excerptWords = (parts: ExcerptPart[]) =>
  new Set(
    plainOf(parts)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

/** A sub-result worth showing adds words the main excerpt does not show: at most half of its words may repeat it. */
export function addsToExcerpt(main: ExcerptPart[], sub: ExcerptPart[]): boolean {
  const mainWords = excerptWords(main);
  const subWords = [...excerptWords(sub)];
  if (subWords.length === 0) return false;
  return subWords.filter((word) => mainWords.has(word)).length / subWords.length <= 0.5;
}
