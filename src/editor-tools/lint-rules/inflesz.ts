import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { spanishReadability } from '../spanish-readability.ts';
import { isPage, keyFactsOf, type LintRule, report } from './rule.ts';

/** INFLESZ "normal" starts at 55: the least Spanish health services ask of patient information (Barrio-Cantalejo 2008). */
const MIN_INFLESZ_SCORE = 55;

/** The text a reader reads, one block a paragraph: the title, then the body's headings, paragraphs and table cells. */
function bodyBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    blocks.push(toString(node).replace(/\s+/g, ' ').trim());
    return 'skip';
  });
  return blocks;
}

/**
 * A Spanish page scoring under 55 on the INFLESZ scale (Szigriszt-Pazos perspicuity) warns, with its score, its
 * averages and the fix. An MDX page is read as its title and body; an index page as its title, intro and key facts.
 */
export const infleszRule: LintRule = {
  checkFile(entry, file, run) {
    if (entry.locale !== 'es' || !isPage(entry)) return;
    const tree = run.bodies.get(entry.file);
    const title = String(entry.data.title ?? entry.data.question ?? '');
    const rest = tree
      ? bodyBlocks(tree)
      : [String(entry.data.intro ?? ''), ...keyFactsOf(entry.data.keyFacts).map((fact) => fact.text)];
    const measured = spanishReadability([title, ...rest].filter(Boolean).join('\n\n'));
    if (!measured || measured.score >= MIN_INFLESZ_SCORE) return;
    const wordsPerSentence = (measured.words / measured.sentences).toFixed(1);
    const syllablesPerWord = (measured.syllables / measured.words).toFixed(2);
    report(
      file,
      `INFLESZ ${measured.score.toFixed(1)} ("${measured.band}"): this page is harder to read than the target of ${MIN_INFLESZ_SCORE} ("normal"). It averages ${wordsPerSentence} words a sentence and ${syllablesPerWord} syllables a word: split long sentences (aim for under 20 words) and use shorter, everyday words; start with the sentences marked "Hard to read".`,
      { line: 1 },
      'inflesz',
      'warning',
    );
  },
};
