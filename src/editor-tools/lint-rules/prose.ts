import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// The prose of content files as the word-matching rules read it (care-numbers.ts, spanish-terms.ts): texts with their
// place in the file, and a phrase matched whole.

/** A text readers see: its words as shown, and where it is written in the file (escapes and indentation included). */
export interface Prose {
  text: string;
  start: number;
  end: number;
}

/** A text to match literally inside a regular expression. */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A service name or phrase as a whole, in any case, across line breaks: "A&E" in "go to a&e", not in "SA&Eq". */
export const wholePhrasePattern = (name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.trim().split(/\s+/).map(escaped).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');

/** A text with where it is written, when the parser gave its place. */
const placed = (text: string, place: Root['position']): Prose[] =>
  place?.start.offset === undefined || place.end.offset === undefined
    ? []
    : [{ text, start: place.start.offset, end: place.end.offset }];

/** The prose of an MDX body: its text, and the titles of its components (<Callout title="…">). */
export function bodyProse(tree: Root): Prose[] {
  const prose: Prose[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') prose.push(...placed(node.value, node.position));
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'title' && typeof attribute.value === 'string') {
        prose.push(...placed(attribute.value, attribute.position));
      }
    }
  });
  return prose;
}
