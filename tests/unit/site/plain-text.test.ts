import { describe, expect, it } from 'vitest';
import { mdxToPlainText, mdxToPortableHtml, type PortableLinks } from '../../../src/site/plain-text';

const site = 'https://mesotherapy-guide.example';
const links: PortableLinks = {
  site,
  term: (id) => (id === 'minoxidil' ? { url: `${site}/glossary/#minoxidil`, text: 'minoxidil' } : undefined),
  source: (id) => (id === 'tang-2022' ? { url: `${site}/sources/#tang-2022`, number: 7 } : undefined),
};

describe('mdxToPlainText', () => {
  it('keeps the words and drops citations and imports', () => {
    expect(
      mdxToPlainText('import X from "y";\n\nIt may help.<Cite id="tang-2022" /> Ask a <Term id="minoxidil" /> doctor.'),
    ).toBe('It may help. Ask a doctor.');
  });
});

describe('mdxToPortableHtml', () => {
  it('turns a term into a link to our glossary, with its own word or the text given', () => {
    expect(mdxToPortableHtml('Like <Term id="minoxidil" />.', links)).toBe(
      `<p>Like <a href="${site}/glossary/#minoxidil">minoxidil</a>.</p>`,
    );
    expect(mdxToPortableHtml('Like <Term id="minoxidil">the lotion</Term>.', links)).toBe(
      `<p>Like <a href="${site}/glossary/#minoxidil">the lotion</a>.</p>`,
    );
  });

  it('turns a citation into a numbered link to our sources page', () => {
    expect(mdxToPortableHtml('It may help.<Cite id="tang-2022" />', links)).toBe(
      `<p>It may help.<sup><a href="${site}/sources/#tang-2022">[7]</a></sup></p>`,
    );
  });

  it('makes relative links absolute', () => {
    expect(mdxToPortableHtml('See [side effects](/side-effects/#bruising).', links)).toBe(
      `<p>See <a href="${site}/side-effects/#bruising">side effects</a>.</p>`,
    );
  });

  it('keeps the words of boxes such as Callout, with the title in bold, and drops code', () => {
    const html = mdxToPortableHtml(
      'export const x = 1;\n\n<Callout type="warning" title="Before you start">\n\nTell the clinic.\n\n</Callout>\n\n{x}',
      links,
    );
    expect(html).toBe('<p><strong>Before you start</strong></p>\n<p>Tell the clinic.</p>');
  });

  it('escapes text so content cannot inject markup', () => {
    expect(mdxToPortableHtml('Use 5 &lt; 6 and `<script>`.', links)).toBe(
      '<p>Use 5 &#x3C; 6 and <code>&#x3C;script></code>.</p>',
    );
  });

  it('fails with the id when a term or source does not exist', () => {
    expect(() => mdxToPortableHtml('<Term id="nope" />', links)).toThrow('<Term id="nope">');
    expect(() => mdxToPortableHtml('<Cite id="nope" />', links)).toThrow('<Cite id="nope">');
  });
});

describe('mdxToPlainText on longer answers', () => {
  it('keeps the words of terms and links, drops citations and markup, one line per block', () => {
    const body = [
      'Most people feel **some** discomfort.<Cite id="saceda-corralo-2022" />',
      '',
      'It may help [pattern hair loss](/conditions/androgenetic-alopecia/) with <Term id="minoxidil">minoxidil</Term>.',
      '',
      '- one',
      '- two',
    ].join('\n');
    expect(mdxToPlainText(body)).toBe(
      'Most people feel some discomfort.\nIt may help pattern hair loss with minoxidil.\none\ntwo',
    );
  });

  it('keeps the text inside block components', () => {
    expect(mdxToPlainText('<Callout type="warning">\n\nSee a doctor first.\n\n</Callout>')).toBe('See a doctor first.');
  });
});
