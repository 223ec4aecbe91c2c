import { describe, expect, it } from 'vitest';
import { mdxToPlainText } from '../../src/lib/plain-text';

describe('mdxToPlainText', () => {
  it('keeps the words of terms and links, drops citations and markup', () => {
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
