// Compounds: a word typed for two the index has ("hairloss").
import type { Vocabulary } from './query-vocabulary.ts';
import { withoutAccents } from '../../language/query-words.ts';

/** Two index words a compound was typed for ("hairloss" → "hair loss"), the commoner split first. */
export function splitCompound(word: string, vocabulary: Vocabulary): [string, string] | undefined {
  let best: { parts: [string, string]; rank: number } | undefined;
  for (let at = 3; at <= word.length - 3; at += 1) {
    const parts: [string, string] = [word.slice(0, at), word.slice(at)];
    const ranks = parts.map((part) => vocabulary.rank.get(withoutAccents(part)));
    if (ranks.some((rank) => rank === undefined)) continue;
    const rank = Math.max(...(ranks as number[]));
    if (!best || rank < best.rank) best = { parts, rank };
  }
  return best?.parts;
}
