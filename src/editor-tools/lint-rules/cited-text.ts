import type { Nodes, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A paragraph of a page's body: a list item or a paragraph inside a component counts as its own. */
interface BodyParagraph {
  text: string;
  /** The source ids its <Cite>s name: a sentence of a paragraph with a citation is a cited sentence. */
  cites: string[];
  /** The line it starts on. */
  startLine: number;
  /** Where its first number is, or where it starts. */
  line: number;
  column: number;
  numbers: string[];
}

/**
 * The numbers a text states, as written without thousands commas: "45.5%", "the 4th", "1,000" → ["45.5", "4", "1000"].
 * `helpLines` (every number in content/care-services/, such as 999 or 112) are advice on whom to call, not claims from a source.
 */
export function numbersIn(text: string, helpLines: ReadonlySet<string>): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)]
    .map((match) => match[0].replace(/,(?=\d{3})/g, ''))
    .filter((number) => !helpLines.has(number));
}

/** A text's sentences, for quoting one in a message. */
export const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);

const isCite = (node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite';

/** The source ids of every <Cite> under a node. */
export function citedIds(tree: Nodes): string[] {
  const ids: string[] = [];
  visit(tree, (node) => {
    if (!isCite(node as Nodes)) return;
    const id = (node as MdxJsxTextElement).attributes.find(
      (item) => item.type === 'mdxJsxAttribute' && item.name === 'id',
    )?.value;
    if (typeof id === 'string') ids.push(id);
  });
  return ids;
}

/** Every paragraph of a body with its text, its citations and its numbers other than `helpLines`. */
export function paragraphsOf(tree: Root, helpLines: ReadonlySet<string>): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  visit(tree, 'paragraph', (paragraph) => {
    const text = toString(paragraph).replace(/\s+/g, ' ').trim();
    let at = paragraph.position?.start ?? { line: 1, column: 1 };
    let found = false;
    visit(paragraph, 'text', (node: Text) => {
      const index = found || numbersIn(node.value, helpLines).length === 0 ? -1 : node.value.search(/\d/);
      if (index < 0 || !node.position) return;
      found = true;
      const before = node.value.slice(0, index).split('\n');
      at =
        before.length === 1
          ? { ...node.position.start, column: node.position.start.column + index }
          : {
              ...node.position.start,
              line: node.position.start.line + before.length - 1,
              column: before.at(-1)!.length + 1,
            };
    });
    const startLine = paragraph.position?.start.line ?? 1;
    paragraphs.push({
      text,
      cites: citedIds(paragraph),
      startLine,
      line: at.line,
      column: at.column,
      numbers: numbersIn(text, helpLines),
    });
  });
  return paragraphs;
}
