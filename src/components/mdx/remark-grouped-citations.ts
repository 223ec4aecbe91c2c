import type { Parent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The attribute that carries the ids of the citations merged into the first one: <Cite id="a" also="b c" />. */
const ALSO_ATTRIBUTE = 'also';
/** The attribute that names the sources a citation is the page's first of: the source list links back to it. */
const FIRST_ATTRIBUTE = 'first';

const isCite = (node: unknown): node is MdxJsxTextElement =>
  (node as MdxJsxTextElement).type === 'mdxJsxTextElement' && (node as MdxJsxTextElement).name === 'Cite';
const isBlank = (node: unknown): node is Text => (node as Text).type === 'text' && (node as Text).value.trim() === '';
const attributeOf = (node: MdxJsxTextElement, name: string) =>
  node.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  )?.value;
const idOf = (node: MdxJsxTextElement) => attributeOf(node, 'id');

/**
 * Adjacent citations, <Cite id="a" /><Cite id="b" />, become one citation link ("[7–9]"): one tab stop
 * instead of a row of them. A space before a citation is dropped so it stays on the line of the word it
 * follows. Then each source's first citation on the page is marked (`first`), for the source list's way back.
 * Runs after the reference check, which has already checked every id.
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
  // In reading order: the first citation of each source is where "Back to the text" in the source list returns to.
  const seen = new Set<string>();
  visit(tree, (node) => {
    if (!isCite(node)) return;
    const ids = [idOf(node), ...String(attributeOf(node, ALSO_ATTRIBUTE) ?? '').split(' ')].filter(
      (id): id is string => typeof id === 'string' && id !== '' && !seen.has(id),
    );
    ids.forEach((id) => seen.add(id));
    if (ids.length > 0) node.attributes.push({ type: 'mdxJsxAttribute', name: FIRST_ATTRIBUTE, value: ids.join(' ') });
  });
};
