// Relaxation: looser versions of a query that found too little, and the merged results of its loosest step.
import type { QueryRewrite } from './rewrite-query.ts';

export type Relaxation = 'unmatched' | 'anyWord';

/**
 * Ever looser versions of a query that found too little: without the words that match nothing, then any one of the
 * words. Each step is offered only when it changes something. (Function words are never searched: see runQuery.)
 */
export function relaxations(rewrite: QueryRewrite): Array<{ kind: Relaxation; words: string[] }> {
  const steps: Array<{ kind: Relaxation; words: string[] }> = [];
  let words = rewrite.words;
  const add = (kind: Relaxation, next: string[]) => {
    if (next.length === 0 || next.length === words.length) return;
    steps.push({ kind, words: next });
    words = next;
  };
  add(
    'unmatched',
    words.filter((word) => !rewrite.unmatched.includes(word)),
  );
  if (words.length > 1) steps.push({ kind: 'anyWord', words });
  return steps;
}

/**
 * Results of one search per word, merged by their summed scores. Pagefind's score already weighs how rare a word is,
 * where the page uses it (title, searchTerms) and how long the page is; counting first how many of the words a page
 * has would put long pages first, since a long page has more of any question's words ("a lot", "normal", "days"). Generic
 * over Pagefind's result objects, which it returns unchanged.
 */
export function mergeAnyWord<R extends { id: string; score: number }>(perWord: R[][]): R[] {
  const merged = new Map<string, { result: R; score: number }>();
  for (const result of perWord.flat()) {
    const seen = merged.get(result.id);
    if (seen) seen.score += result.score;
    else merged.set(result.id, { result, score: result.score });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).map((entry) => entry.result);
}
