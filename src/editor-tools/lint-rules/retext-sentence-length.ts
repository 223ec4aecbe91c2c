import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Most NHS sentences are under 20 words; one over 25 is a warning to split it. */
const MAX_SENTENCE_WORDS = 25;

/** Warns about long sentences, whatever their words: the readability formulas miss long chains of short words. */
export const retextSentenceLength: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'SentenceNode', (sentence) => {
    const words = sentence.children.filter((node) => node.type === 'WordNode').length;
    if (words <= MAX_SENTENCE_WORDS) return;
    const text = toString(sentence).replace(/\s+/g, ' ');
    const message = file.message(
      `Long sentence (${words} words): "${text.slice(0, 60)}…". Split it in two: aim for under 20 words, at most ${MAX_SENTENCE_WORDS}.`,
      { place: sentence.position, ruleId: 'sentence-length', source: 'content' },
    );
    message.actual = text;
  });
};
