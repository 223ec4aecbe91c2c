import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { spanishReadability } from '../spanish-readability.ts';

/**
 * A Spanish sentence of 15 words or more that scores under 40 on the INFLESZ scale ("muy difícil"), the Spanish
 * counterpart of English's "5 of 7 formulas rate it above age 18"; the page as a whole aims at 55 (inflesz.ts).
 * The formula was made for passages: a shorter sentence's score swings on a single medical word ("dutasterida",
 * 5 syllables) and flags plain sentences, so, like English's, the rule tolerates medical words in short sentences.
 */
const HARD_SENTENCE = { score: 40, minWords: 15 };

/** Warns about a very hard Spanish sentence, with its score and the fix. */
export const retextSpanishReadability: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'SentenceNode', (sentence) => {
    const text = toString(sentence).replace(/\s+/g, ' ').trim();
    const measured = spanishReadability(text);
    if (!measured || measured.words < HARD_SENTENCE.minWords || measured.score >= HARD_SENTENCE.score) return;
    const quoted = text.length > 70 ? `${text.slice(0, 70)}…` : text;
    const message = file.message(
      `Hard to read (INFLESZ ${Math.floor(measured.score)}, "${measured.band}"): "${quoted}". Split it into shorter sentences, use shorter everyday words, or explain a medical word with <Term>.`,
      { place: sentence.position, ruleId: 'readability', source: 'content' },
    );
    message.actual = text;
  });
};
