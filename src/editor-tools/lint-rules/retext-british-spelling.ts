import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { britishSpellingOf } from '../../language/british-spellings.ts';

/** The site uses British English (colour, anaesthetic, randomised): American spellings are errors with the fix. */
export const retextBritishSpelling: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'WordNode', (node, index, parent) => {
    const word = toString(node);
    const british = britishSpellingOf(word);
    if (!british) return;
    // A capital letter mid-sentence marks a name, which keeps its own spelling (the US "Centers for Disease Control").
    const firstWord = parent?.children.findIndex((sibling) => sibling.type === 'WordNode') === index;
    if (!firstWord && word[0] !== word[0]?.toLowerCase()) return;
    const message = file.message(`Use British spelling: "${british}", not "${word}".`, {
      place: node.position,
      ruleId: 'british-spelling',
      source: 'content',
    });
    message.actual = word;
    message.expected = [british];
    message.fatal = true;
  });
};
