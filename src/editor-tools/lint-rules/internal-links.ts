import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Links in the text ([words](/path/) and href="/path/") point to pages of the site; each counts as a link for the orphan rule. */
export const remarkInternalLinks: Plugin<[{ urls: ReadonlySet<string>; linked: Set<string> }], Root> =
  ({ urls, linked }) =>
  (tree, file) => {
    const check = (href: string, place: Link['position']) => {
      if (!href.startsWith('/') || href.startsWith('//')) return;
      const path = href.split(/[?#]/)[0] ?? href;
      linked.add(path);
      if (urls.has(path)) return;
      const fix = urls.has(`${path}/`)
        ? ` Did you mean "${path}/"? Site paths end with a slash.`
        : ' Check the address against the page you mean, e.g. /side-effects/bruising/.';
      file.message(`The link "${href}" points to no page on this site.${fix}`, {
        place,
        ruleId: 'internal-link',
        source: 'content',
      }).fatal = true;
    };
    visit(tree, (node) => {
      if (node.type === 'link') check((node as Link).url, node.position);
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        const href = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'href')?.value;
        if (typeof href === 'string') check(href, node.position);
      }
    });
  };
