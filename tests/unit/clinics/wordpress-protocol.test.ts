import { describe, expect, it } from 'vitest';
import {
  isWordPressReady,
  wordpressHeightMessage,
  wordpressLinkMessage,
  wordpressLinkTarget,
  wordpressSecret,
} from '../../../src/features/clinics/wordpress-protocol';

describe('wordpressSecret', () => {
  it('reads the secret WordPress adds to the address', () => {
    expect(wordpressSecret('#?secret=Ab3dE6gH9j')).toBe('Ab3dE6gH9j');
  });

  it.each(['', '#top', '#?secret=', '#?secret=abc"def', '#?secret=abc/def', '#notsecret=Ab3dE6gH9j'])(
    'finds none in %j',
    (hash) => {
      expect(wordpressSecret(hash)).toBeNull();
    },
  );
});

describe('the messages wp-embed.js reads', () => {
  it('sends the height in whole pixels, rounded up, with the secret', () => {
    expect(wordpressHeightMessage(812.2, 'Ab3dE6gH9j')).toEqual({
      message: 'height',
      value: 813,
      secret: 'Ab3dE6gH9j',
    });
  });

  it.each([Number.NaN, -4])('never sends %s as a height', (height) => {
    expect(wordpressHeightMessage(height, 'Ab3dE6gH9j').value).toBe(0);
  });

  it('asks for a link with the secret', () => {
    expect(wordpressLinkMessage('https://guide.example/faqs/', 'Ab3dE6gH9j')).toEqual({
      message: 'link',
      value: 'https://guide.example/faqs/',
      secret: 'Ab3dE6gH9j',
    });
  });

  it('answers only its own "ready"', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'Ab3dE6gH9j' }, 'Ab3dE6gH9j')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'Zz9yX8wV7u' }, 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady({ message: 'height', secret: 'Ab3dE6gH9j' }, 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady('ready', 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady(null, 'Ab3dE6gH9j')).toBe(false);
  });
});

describe('wordpressLinkTarget', () => {
  const fullPage = 'https://guide.example/side-effects/';

  it('keeps a link on the embed’s own host, which WordPress opens', () => {
    expect(wordpressLinkTarget('https://guide.example/sources/#fda', 'guide.example', fullPage)).toBe(
      'https://guide.example/sources/#fda',
    );
  });

  it.each(['https://www.nhs.uk/', 'mailto:team@guide.example', 'tel:999', 'not a url'])(
    'sends %s, which WordPress would not open, to our full page',
    (href) => {
      expect(wordpressLinkTarget(href, 'guide.example', fullPage)).toBe(fullPage);
    },
  );
});
