import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../../src/site/base-links';

const render = (markdown: string, base: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBaseLinks, { base });
  const tree = processor.runSync(processor.parse(markdown));
  return tree;
};
const html = (markdown: string, base: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkBaseLinks, { base })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('remarkBaseLinks', () => {
  it('moves links written from the site root under the base', () => {
    expect(html('See [bruising](/side-effects/bruising/#signs) and [ref][r].\n\n[r]: /faqs/', '/guide/')).toBe(
      '<p>See <a href="/guide/side-effects/bruising/#signs">bruising</a> and <a href="/guide/faqs/">ref</a>.</p>',
    );
  });
  it('leaves outside, relative and same-page links alone, and changes nothing at a domain root', () => {
    expect(html('[a](https://example.org/x) [b](#top) [c](faqs/)', '/guide/')).toBe(
      '<p><a href="https://example.org/x">a</a> <a href="#top">b</a> <a href="faqs/">c</a></p>',
    );
    expect(html('[a](/faqs/)', '/')).toBe('<p><a href="/faqs/">a</a></p>');
  });
  it('rewrites href attributes of JSX in MDX', () => {
    const tree = render('<a href="/estimator/">Estimate</a>', '/guide/');
    expect(JSON.stringify(tree)).toContain('"value":"/guide/estimator/"');
  });
});
