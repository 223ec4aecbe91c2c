import { describe, expect, it } from 'vitest';
import { addsToExcerpt, excerptParts, readableExcerpt } from '../../../src/features/search/excerpts';

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('Small <mark>bruises</mark> may <mark>appear</mark>.')).toEqual([
      { text: 'Small ', marked: false },
      { text: 'bruises', marked: true },
      { text: ' may ', marked: false },
      { text: 'appear', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities instead of passing HTML through', () => {
    expect(excerptParts('a &lt;script&gt; &amp; <mark>&quot;pain&quot;</mark> &#39;x&#x27;')).toEqual([
      { text: 'a <script> & ', marked: false },
      { text: '"pain"', marked: true },
      { text: " 'x'", marked: false },
    ]);
  });

  it('joins neighbouring marks and leaves unknown entities alone', () => {
    expect(excerptParts('<mark>hair</mark><mark> loss</mark> &madeup;')).toEqual([
      { text: 'hair loss', marked: true },
      { text: ' &madeup;', marked: false },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('readableExcerpt', () => {
  const content =
    'Bruises may appear. A small bruise where the needle went in is common, and it fades within days. See a GP if it spreads.';
  const parts = (text: string) => excerptParts(text);
  const plain = (result: Array<{ text: string }>) => result.map((part) => part.text).join('');

  it('starts at the sentence before the first marked word', () => {
    const excerpt = parts(
      'appear. A small <mark>bruise</mark> where the needle went in is common, and it fades within days.',
    );
    expect(plain(readableExcerpt(excerpt, content))).toBe(
      'A small bruise where the needle went in is common, and it fades within days.',
    );
  });

  it('marks with "…" an excerpt that starts mid-sentence with no sentence start before the mark', () => {
    const excerpt = parts('small <mark>bruise</mark> where the needle went in is common, and it fades within days.');
    expect(plain(readableExcerpt(excerpt, content))).toBe(
      '…small bruise where the needle went in is common, and it fades within days.',
    );
  });

  it('keeps an excerpt that starts the page or a sentence, and ends one cut mid-sentence with "…"', () => {
    expect(plain(readableExcerpt(parts('<mark>Bruises</mark> may appear. A small bruise'), content))).toBe(
      'Bruises may appear. A small bruise…',
    );
    expect(plain(readableExcerpt(parts('See a GP if it <mark>spreads</mark>.'), content))).toBe(
      'See a GP if it spreads.',
    );
  });
});

describe('addsToExcerpt', () => {
  it('keeps a section that shows new words and drops one that repeats the main excerpt', () => {
    const main = excerptParts('A small <mark>bruise</mark> is common.');
    expect(addsToExcerpt(main, excerptParts('Press gently on a <mark>bruise</mark> with a cold pack.'))).toBe(true);
    expect(addsToExcerpt(main, excerptParts('A small <mark>bruise</mark>.'))).toBe(false);
    expect(addsToExcerpt(main, [])).toBe(false);
  });
});
