// Spelling correction: a word the index does not know becomes the closest word it does.
import type { Vocabulary } from './query-vocabulary.ts';
import { withoutAccents } from '../../language/query-words.ts';

/** Typos allowed for a word of this length: one up to seven letters, two for longer words, three for long medical words. */
function allowedTypos(length: number): number {
  return length <= 7 ? 1 : length <= 11 ? 2 : 3;
}

/** Edit distance with swapped neighbours as one edit ("teh" → "the"), or Infinity once it is over `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return Infinity;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : Infinity;
}

/**
 * The index word closest to a misspelt one: one that sounds the same (Spanish), else fewest edits, then the same first
 * letter, then the most common. Accents are not counted ("moreton" is one edit from "moratón"); the index's own
 * spelling is returned.
 */
export function closestWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = withoutAccents(typed);
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return undefined;
  const limit = allowedTypos(word.length);
  const { soundKey } = vocabulary.language;
  const sound = soundKey?.(word);
  let best: { word: string; score: number } | undefined;
  for (const [index, candidate] of vocabulary.bare.entries()) {
    if (candidate.length < 3) continue;
    // A word spelt as it sounds ("alerjia", "vello" typed "bello") is nearer than any word one typo away.
    const alike = sound !== undefined && soundKey!(candidate) === sound;
    const distance = alike ? 0.5 : editDistance(word, candidate, limit);
    if (distance === Infinity) continue;
    // Distance first; a differing first letter costs half an edit; commoner words win ties.
    const score = distance + (alike || candidate[0] === word[0] ? 0 : 0.5) + index / (vocabulary.words.length * 10);
    if (!best || score < best.score) best = { word: vocabulary.words[index]!, score };
  }
  return best?.word;
}
