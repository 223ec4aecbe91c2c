import type { Parent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The attribute that carries the ids of the citations merged into the first one: <Cite id="a" also="b c" />. */
const ALSO_ATTRIBUTE = 'also';

const isCite = (node: unknown): node is MdxJsxTextElement =>
  (node as MdxJsxTextElement).type === 'mdxJsxTextElement' && (node as MdxJsxTextElement).name === 'Cite';
const isBlank = (node: unknown): node is Text => (node as Text).type === 'text' && (node as Text).value.trim() === '';
const idOf = (node: MdxJsxTextElement) =>
  node.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
  )?.value;

/**
 * Adjacent citations, <Cite id="a" /><Cite id="b" />, become one citation link ("[7–9]"): one tab stop
 * instead of a row of them. A space before a citation is dropped so it stays on the line of the word it
 * follows. Runs after the reference check, which has already checked every id.
 */
export const remarkGroupedCitations: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node) => {
    const parent = node as Parent;
    if (!Array.isArray(parent.children)) return;
    const children = parent.children;
    for (let index = 0; index < children.length; index += 1) {
      const first = children[index];
      if (!isCite(first)) continue;
      const previous = children[index - 1];
      if (previous?.type === 'text') previous.value = previous.value.replace(/\s+$/, '');
      const also: string[] = [];
      let next = index + 1;
      while (next < children.length) {
        const candidate = children[next];
        const after = children[next + 1];
        if (isCite(candidate)) next += 1;
        else if (isBlank(candidate) && isCite(after)) next += 2;
        else break;
        const id = idOf(children[next - 1] as MdxJsxTextElement);
        if (typeof id === 'string') also.push(id);
      }
      if (also.length === 0) continue;
      first.attributes.push({ type: 'mdxJsxAttribute', name: ALSO_ATTRIBUTE, value: also.join(' ') });
      children.splice(index + 1, next - index - 1);
    }
  });
};
