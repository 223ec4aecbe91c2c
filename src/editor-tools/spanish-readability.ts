/**
 * Plain Spanish, measured: the Szigriszt-Pazos perspicuity index read on the INFLESZ scale
 * (Barrio-Cantalejo 2008), which Spanish health services use for patient leaflets.
 * No npm package computes it, so the syllable counter follows the RAE's rules for vowels:
 * a strong vowel (a, e, o) next to another strong vowel starts a new syllable (hiatus);
 * an unstressed weak vowel (i, u) joins the vowel next to it (diphthong, triphthong);
 * a stressed weak vowel (í, ú) stands alone; "h" between vowels does not separate them;
 * "u" in "que, qui, gue, gui" is silent; "y" at the end of a word after a vowel is part of it.
 */

const STRONG = new Set('aeoáéó');
const WEAK = new Set('iuü');
const STRESSED_WEAK = new Set('íú');
const isVowel = (char: string) => STRONG.has(char) || WEAK.has(char) || STRESSED_WEAK.has(char);

/** The syllables of one Spanish word ("caída" → 3, "mesoterapia" → 5, "hoy" → 1). */
export function spanishSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/[^a-zñáéíóúü]/g, '')
    // Silent u: que, qui, gue, gui (but not güe, güi, where ü is sounded).
    .replace(/([qg])u([eiéí])/g, '$1$2')
    // Final y after a vowel sounds as i (hoy, muy, buey); elsewhere y is a consonant.
    .replace(/([aeiouáéíóú])y$/, '$1i')
    // A lone "y" (the word "and") is a vowel.
    .replace(/^y$/, 'i')
    // h between vowels does not break a diphthong (prohibir, ahijado).
    .replace(/([aeiouáéíóúü])h(?=[aeiouáéíóúü])/g, '$1');
  if (!letters) return 0;
  let syllables = 0;
  let previous = '';
  for (const char of letters) {
    if (!isVowel(char)) {
      previous = '';
      continue;
    }
    const joins =
      previous !== '' &&
      !STRESSED_WEAK.has(char) &&
      !STRESSED_WEAK.has(previous) &&
      // Two strong vowels are always in hiatus; any pair with an unstressed weak vowel is a diphthong.
      !(STRONG.has(char) && STRONG.has(previous));
    if (!joins) syllables += 1;
    previous = char;
  }
  return Math.max(syllables, 1);
}

export interface SpanishReadability {
  words: number;
  sentences: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity: 206.835 − 62.3 × syllables/words − words/sentences. */
  score: number;
  /** INFLESZ band of the score. */
  band: InfleszBand;
}

export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** INFLESZ bands: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, 80 and over very easy. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

const WORDS = /[a-zñáéíóúü]+/giu;
const HAS_WORD = /[a-zñáéíóúü]/iu;

/** Readability of a Spanish text; undefined when it has no words. Numbers and symbols are not words. */
export function spanishReadability(text: string): SpanishReadability | undefined {
  const words = text.match(WORDS) ?? [];
  if (words.length === 0) return undefined;
  // A sentence ends at . ! ? … or at a blank line between blocks (headings, list items).
  const sentences = text.split(/[.!?…]+(?:\s|$)|\n\s*\n/).filter((part) => HAS_WORD.test(part)).length;
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const score = 206.835 - (62.3 * syllables) / words.length - words.length / sentences;
  return { words: words.length, sentences, syllables, score, band: infleszBand(score) };
}
