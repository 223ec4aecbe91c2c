import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Link, Nodes, Paragraph, Parent, PhrasingContent } from 'mdast';
import { withBase } from '../language/locales';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Components whose output is not part of the sentence (a citation number, an import). */
const DROPPED = new Set(['Cite']);

function prune(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.filter((child) => {
    if (child.type === 'mdxjsEsm' || child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression')
      return false;
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && DROPPED.has(child.name ?? ''))
      return false;
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
    .map((block) =>
      block
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** Where portable HTML's links go: every link is absolute, because the HTML is shown on other sites. */
export interface PortableLinks {
  /** The site's address; relative links in the MDX resolve against it. */
  site: string | URL;
  /** A glossary term's page address and word, for <Term id="…">. */
  term: (id: string) => { url: string; text: string } | undefined;
  /** A source's address and number on our Sources page, for <Cite id="…">. */
  source: (id: string) => { url: string; number: number } | undefined;
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const attribute = (node: JsxElement, name: string): string | undefined => {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** One MDX component as plain Markdown nodes: terms and citations become links, other boxes keep their content. */
function portableNodes(node: JsxElement, links: PortableLinks): Nodes[] {
  const id = attribute(node, 'id') ?? '';
  if (node.name === 'Term') {
    const term = links.term(id);
    if (!term) throw new Error(`<Term id="${id}">: there is no glossary term "${id}".`);
    const children: PhrasingContent[] =
      node.children.length > 0 ? (node.children as PhrasingContent[]) : [{ type: 'text', value: term.text }];
    return [{ type: 'link', url: term.url, children }];
  }
  if (node.name === 'Cite') {
    const source = links.source(id);
    if (!source) throw new Error(`<Cite id="${id}">: there is no source "${id}".`);
    const link: Link = { type: 'link', url: source.url, children: [{ type: 'text', value: `[${source.number}]` }] };
    return [{ type: 'emphasis', data: { hName: 'sup' }, children: [link] }];
  }
  // Callout, KeyFacts and the like: their words, with a title as a bold first line.
  const title = attribute(node, 'title');
  const heading: Paragraph[] =
    title && node.type === 'mdxJsxFlowElement'
      ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] }]
      : [];
  return [...heading, ...(node.children as Nodes[])];
}

function makePortable(node: Nodes, links: PortableLinks): Nodes[] {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return portableNodes(node, links).flatMap((child) => makePortable(child, links));
  }
  if (node.type === 'link') node.url = new URL(withBase(node.url), links.site).href;
  if ('children' in node) {
    (node as Parent).children = (node as Parent).children.flatMap((child) =>
      makePortable(child as Nodes, links),
    ) as Parent['children'];
  }
  return [node];
}

const htmlWriter = unified().use(remarkRehype).use(rehypeStringify);

/** An MDX body as clean HTML for other sites (feeds, clinics' pages): no components, no scripts, absolute links. */
export function mdxToPortableHtml(body: string, links: PortableLinks): string {
  const tree = parser.parse(body);
  makePortable(tree, links);
  return htmlWriter.stringify(htmlWriter.runSync(tree)).trim();
}
