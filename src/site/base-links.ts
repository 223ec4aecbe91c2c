import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx'; // Adds MDX's JSX nodes to the mdast node types.
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { withBase } from '../language/locales.ts';

/**
 * Content links are written from the site root ("/faqs/pain/"); under a subfolder address (BASE_PATH=/guide/)
 * they must point inside it ("/guide/faqs/pain/"). Rewrites Markdown links, link definitions and href/src
 * attributes of JSX in MDX. The base is passed in because astro.config.mjs sets up this plugin before Vite runs.
 */
export const remarkBaseLinks: Plugin<[{ base: string }], Root> =
  ({ base }) =>
  (tree) => {
    if (base === '/') return;
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image')
        node.url = withBase(node.url, base);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            (attribute.name === 'href' || attribute.name === 'src') &&
            typeof attribute.value === 'string'
          ) {
            attribute.value = withBase(attribute.value, base);
          }
        }
      }
    });
  };
