import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Parent } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Components whose output is not part of the sentence (a citation number, an import). */
const DROPPED = new Set(['Cite']);

function prune(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.filter((child) => {
    if (child.type === 'mdxjsEsm' || child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') return false;
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && DROPPED.has(child.name ?? '')) return false;
    return true;
  }) as Parent['children'];
  parent.children.forEach((child) => prune(child as Nodes));
}

/** The readable text of an MDX body, for structured data and search snippets: one line per block. */
export function mdxToPlainText(body: string): string {
  const tree = parser.parse(body);
  prune(tree);
  const blocks: string[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return;
    }
    if ('children' in node) (node as Parent).children.forEach((child) => collect(child as Nodes));
  };
  collect(tree);
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim())
    .filter(Boolean)
    .join('\n');
}
