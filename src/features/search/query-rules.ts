// Query handling Pagefind does not do (it needs every word, knows no typos, no synonyms and no US spellings): the search
// UI rewrites the reader's words against a vocabulary of the index's own words (built with the index, one per language)
// and, when a query finds too little, relaxes it. Pure functions: the UI says honestly what each one changed.
import type { QueryLanguage } from './query-languages';

/** The vocabulary file the build writes next to the index (pagefind/vocabulary/<lang>.json). */
export interface VocabularyData {
  /** Every word of the language's index, the most widely used first. */
  words: string[];
  /** American spellings whose British spelling is in `words`: { anesthetic: 'anaesthetic' }. */
  spellings: Record<string, string>;
}

export interface Vocabulary {
  readonly words: readonly string[];
  /** `words` without accents, as search compares them (see withoutAccents). */
  readonly bare: readonly string[];
  /** Position in `words` of each bare word's commonest spelling: lower is more common. */
  readonly rank: ReadonlyMap<string, number>;
  /** Stems of the bare words. */
  readonly stems: ReadonlySet<string>;
  /** The bare words in code-point order, to find completions of a word the reader is still typing. */
  readonly sorted: readonly string[];
  readonly spellings: Readonly<Record<string, string>>;
  readonly language: QueryLanguage;
}

/**
 * A word as Pagefind 1.6 matches it: without accents or other marks ("moratón" and "moraton" find the same pages; so
 * do "niño" and "nino"). Its search script strips the same marks from the query.
 */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The stem search matches on, compared without accents (Spanish stems keep or drop them by ending). */
const bareStem = (word: string, language: QueryLanguage) => withoutAccents(language.stem(withoutAccents(word)));

export function prepareVocabulary(data: VocabularyData, language: QueryLanguage): Vocabulary {
  const words = data.words;
  const bare = words.map(withoutAccents);
  const rank = new Map<string, number>();
  // The commonest spelling of a bare word keeps its place.
  for (const [index, word] of bare.entries()) if (!rank.has(word)) rank.set(word, index);
  return {
    words,
    bare,
    rank,
    stems: new Set(bare.map((word) => bareStem(word, language))),
    sorted: [...rank.keys()].sort(),
    spellings: data.spellings,
    language,
  };
}

/**
 * The words of a text as search sees them: lower case, apostrophes dropped ("can't" → "cant"), split at anything that is
 * not a letter or a digit. The build reads the index's text with the same function.
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word is found by the index itself, by its stem ("bruises") or as the start of an indexed word (typing "brui"). */
export function isKnown(typed: string, vocabulary: Vocabulary): boolean {
  const word = withoutAccents(typed);
  if (vocabulary.rank.has(word) || vocabulary.stems.has(bareStem(word, vocabulary.language))) return true;
  if (word.length < 3) return false;
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.startsWith(word) ?? false;
}

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
 * The index word closest to a misspelt one: fewest edits, then the same first letter, then the most common. Accents
 * are not counted ("moreton" is one edit from "moratón"); the index's own spelling is returned.
 */
export function closestWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = withoutAccents(typed);
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return undefined;
  const limit = allowedTypos(word.length);
  let best: { word: string; score: number } | undefined;
  for (const [index, candidate] of vocabulary.bare.entries()) {
    if (candidate.length < 3) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance === Infinity) continue;
    // Distance first; a differing first letter costs half an edit; commoner words win ties.
    const score = distance + (candidate[0] === word[0] ? 0 : 0.5) + index / (vocabulary.words.length * 10);
    if (!best || score < best.score) best = { word: vocabulary.words[index]!, score };
  }
  return best?.word;
}

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

/** Regular American → British spelling changes, tried when the word list has no entry: the index decides. */
const BRITISH_RULES: Array<[RegExp, string]> = [
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/or(s?)$/, 'our$1'],
  [/([^aeiou])er(s?)$/, '$1re$2'],
  [/ense(s?)$/, 'ence$1'],
  [/^(an|hem|leuk|pedi|orthop|enc)e/, '$1ae'],
  [/^e(st|d|soph)/, 'oe$1'],
  [/([aeiou])l(ed|ing|er)$/, '$1ll$2'],
  [/og$/, 'ogue'],
];

/**
 * The British spelling of an American word the index has, from the word list or by the regular changes; only in a
 * language whose index is British English (never for Spanish: "color" is a Spanish word).
 */
export function britishSpelling(word: string, vocabulary: Vocabulary): string | undefined {
  if (!vocabulary.language.britishSpellings) return undefined;
  const listed = vocabulary.spellings[word];
  if (listed) return listed;
  const candidates = new Set<string>();
  for (const [pattern, replacement] of BRITISH_RULES) {
    if (!pattern.test(word)) continue;
    const once = word.replace(pattern, replacement);
    candidates.add(once);
    // Some words need two changes ("anesthetized" → "anaesthetised").
    for (const [second, secondReplacement] of BRITISH_RULES) if (second !== pattern) candidates.add(once.replace(second, secondReplacement));
  }
  return [...candidates].find((candidate) => candidate !== word && vocabulary.rank.has(candidate));
}

export type RewriteRule = 'british' | 'join' | 'split' | 'spelling';

export interface QueryRewrite {
  /** The words to search for. */
  words: string[];
  /** What changed, in reading order, so the UI can say so. */
  changes: Array<{ from: string; to: string; rule: RewriteRule }>;
  /** Words that match nothing in the index and could not be mended. */
  unmatched: string[];
}

/**
 * Mends the reader's words against the index: words the index knows stay as they are (two of them become one when the
 * index has them as one word); American spellings become British; a word typed for two is split; a misspelling becomes
 * the closest index word. Anything else is kept but reported as unmatched.
 */
export function rewriteQuery(query: string, vocabulary: Vocabulary): QueryRewrite {
  const typed = wordsOf(query);
  const { functionWords } = vocabulary.language;
  const rewrite: QueryRewrite = { words: [], changes: [], unmatched: [] };
  for (let index = 0; index < typed.length; index += 1) {
    const word = typed[index]!;
    const next = typed[index + 1];
    const joined = next === undefined ? undefined : word + next;
    const known = isKnown(word, vocabulary);
    // Two words become one only when one of them means nothing to the index ("after care" stays: both are words).
    if (joined && vocabulary.rank.has(withoutAccents(joined)) && (!known || !isKnown(next!, vocabulary))) {
      rewrite.words.push(joined);
      rewrite.changes.push({ from: `${word} ${next}`, to: joined, rule: 'join' });
      index += 1;
      continue;
    }
    // Known words stay; so do function words the index lacks ("til"): relaxing the query may drop them later.
    if (known || functionWords.has(withoutAccents(word))) {
      rewrite.words.push(word);
      if (!known) rewrite.unmatched.push(word);
      continue;
    }
    const british = britishSpelling(word, vocabulary);
    const split = british ? undefined : splitCompound(word, vocabulary);
    const closest = british || split ? undefined : closestWord(word, vocabulary);
    const mended = british ?? split?.join(' ') ?? closest;
    if (mended === undefined) {
      rewrite.words.push(word);
      rewrite.unmatched.push(word);
      continue;
    }
    rewrite.words.push(...mended.split(' '));
    rewrite.changes.push({ from: word, to: mended, rule: british ? 'british' : split ? 'split' : 'spelling' });
  }
  return rewrite;
}

export type Relaxation = 'unmatched' | 'functionWords' | 'anyWord';

/**
 * Ever looser versions of a query that found too little: without the words that match nothing, then without function
 * words, then any one of the words. Each step is offered only when it changes something.
 */
export function relaxations(rewrite: QueryRewrite, language: QueryLanguage): Array<{ kind: Relaxation; words: string[] }> {
  const steps: Array<{ kind: Relaxation; words: string[] }> = [];
  let words = rewrite.words;
  const add = (kind: Relaxation, next: string[]) => {
    if (next.length === 0 || next.length === words.length) return;
    steps.push({ kind, words: next });
    words = next;
  };
  add('unmatched', words.filter((word) => !rewrite.unmatched.includes(word)));
  add('functionWords', words.filter((word) => !language.functionWords.has(withoutAccents(word))));
  if (words.length > 1) steps.push({ kind: 'anyWord', words });
  return steps;
}

/**
 * Results of one search per word, merged: pages with more of the words first, then by their summed scores.
 * Generic over Pagefind's result objects, which it returns unchanged.
 */
export function mergeAnyWord<R extends { id: string; score: number }>(perWord: R[][]): R[] {
  const merged = new Map<string, { result: R; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else merged.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}

/** Fewer results than this and the query is relaxed. */
const ENOUGH_RESULTS = 5;

export interface QueryOutcome<R> {
  results: R[];
  /** The words every first result has: the mended query, without the words that match nothing. */
  searched: string;
  changes: QueryRewrite['changes'];
  /** Words left out because no page has them. */
  leftOut: string[];
  /** Set when too few pages had all the words, and pages with some of them follow. */
  loosened: boolean;
  /**
   * The one search whose results are exactly these (its filter counts are theirs), or undefined when they merge
   * several searches ("any word").
   */
  exactSearch?: string;
}

/**
 * Runs a query through the rules: the mended query first, as a whole (title matches need every word); then, only
 * while it finds fewer than ENOUGH_RESULTS, ever looser versions. Words that match nothing are always left out,
 * since Pagefind would search for a few letters of them instead. Without a vocabulary it searches the words as typed.
 */
export async function runQuery<R extends { id: string; score: number }>(
  query: string,
  vocabulary: Vocabulary | undefined,
  search: (words: string) => Promise<R[]>,
): Promise<QueryOutcome<R>> {
  if (!vocabulary) return { results: await search(query), searched: query.trim(), changes: [], leftOut: [], loosened: false, exactSearch: query };
  const rewrite = rewriteQuery(query, vocabulary);
  if (rewrite.words.length === 0 || rewrite.words.every((word) => rewrite.unmatched.includes(word))) {
    return { results: [], searched: query.trim(), changes: rewrite.changes, leftOut: [], loosened: false };
  }
  const searched = rewrite.words.join(' ');
  let outcome: QueryOutcome<R> = { results: await search(searched), searched, changes: rewrite.changes, leftOut: [], loosened: false, exactSearch: searched };
  for (const step of relaxations(rewrite, vocabulary.language)) {
    if (step.kind !== 'unmatched' && outcome.results.length >= ENOUGH_RESULTS) break;
    const found =
      step.kind === 'anyWord' ? mergeAnyWord(await Promise.all(step.words.map(search))) : await search(step.words.join(' '));
    // Pages with more of the words keep their places; looser matches follow. Only unmatched words are dropped outright.
    const shown = new Set(outcome.results.map((result) => result.id));
    const results = step.kind === 'unmatched' ? found : [...outcome.results, ...found.filter((result) => !shown.has(result.id))];
    if (step.kind !== 'unmatched' && results.length === outcome.results.length) continue;
    const words = step.words.join(' ');
    // Fewer words find every page more words find, so after dropping words the last search holds all the results.
    const exactSearch = step.kind === 'anyWord' ? undefined : words;
    outcome =
      step.kind === 'unmatched'
        ? { ...outcome, results, searched: words, leftOut: rewrite.unmatched, exactSearch }
        : { ...outcome, results, loosened: true, exactSearch };
  }
  return outcome;
}

/**
 * Whether some pages' text shows that the index knows every one of these words as the reader typed it: the word
 * itself, another form of it (its stem), or a longer word it starts, as isKnown would find in the vocabulary (which
 * is built from the same text). Accents are not counted.
 */
export function knownFromText(words: string[], texts: string[], language: QueryLanguage): boolean {
  const seen = new Set(texts.flatMap((text) => wordsOf(text)).map(withoutAccents));
  const stems = new Set([...seen].map((word) => bareStem(word, language)));
  return words.map(withoutAccents).every(
    (word) => seen.has(word) || stems.has(bareStem(word, language)) || (word.length >= 3 && [...seen].some((other) => other.startsWith(word))),
  );
}

/**
 * The first try, before the vocabulary is downloaded (it is the largest part of the query rules): the words as typed.
 * When they find enough pages and the text of those pages shows every word (`textsOf`: Pagefind's fragments, which
 * the results need anyway), the rules would change nothing, so this is runQuery's outcome with a vocabulary too.
 * Otherwise undefined: a word may be misspelt or unknown, so run runQuery with the vocabulary.
 */
export async function runTypedQuery<R extends { id: string; score: number }>(
  query: string,
  language: QueryLanguage,
  search: (words: string) => Promise<R[]>,
  textsOf: (results: R[]) => Promise<string[]>,
): Promise<QueryOutcome<R> | undefined> {
  const words = wordsOf(query);
  if (words.length === 0) return undefined;
  const searched = words.join(' ');
  const results = await search(searched);
  if (results.length < ENOUGH_RESULTS || !knownFromText(words, await textsOf(results), language)) return undefined;
  return { results, searched, changes: [], leftOut: [], loosened: false, exactSearch: searched };
}
