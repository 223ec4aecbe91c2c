// Compounds: a word typed for two the index has ("hairloss").
import type { Vocabulary } from './query-vocabulary.ts';
import { withoutAccents } from '../../language/query-words.ts';

/** Every way to read a word as two, of at least three letters each: "hairloss" → ["hai", "rloss"] … ["hair", "loss"]. */
export function twoWordSplits(word: string): Array<[string, string]> {
  const splits: Array<[string, string]> = [];
  for (let at = 3; at <= word.length - 3; at += 1) splits.push([word.slice(0, at), word.slice(at)]);
  return splits;
}

/** Two index words a compound was typed for ("hairloss" → "hair loss"), the commoner split first. */
export function splitCompound(word: string, vocabulary: Vocabulary): [string, string] | undefined {
  let best: { parts: [string, string]; rank: number } | undefined;
  for (const parts of twoWordSplits(word)) {
    const ranks = parts.map((part) => vocabulary.rank.get(withoutAccents(part)));
    if (ranks.some((rank) => rank === undefined)) continue;
    const rank = Math.max(...(ranks as number[]));
    if (!best || rank < best.rank) best = { parts, rank };
  }
  return best?.parts;
}
