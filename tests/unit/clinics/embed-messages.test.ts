import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE_TYPE,
  embedHeightMessage,
  embedHeightRequest,
  frameToResize,
  heightFromMessage,
  isHeightRequest,
} from '../../../src/features/clinics/embed-messages';

const ours = 'https://mesotherapy-guide.example';
const embedWindow = { name: 'embed window' };
const otherWindow = { name: 'another frame' };
const frames = [
  { src: 'https://video.example/player', contentWindow: otherWindow },
  { src: `${ours}/embed/faq/`, contentWindow: embedWindow },
];

describe('embedHeightMessage', () => {
  it('sends only the namespaced type and a whole number of pixels, rounded up', () => {
    expect(embedHeightMessage(812.2)).toEqual({ type: EMBED_HEIGHT_MESSAGE_TYPE, height: 813 });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -5])('never sends %s', (height) => {
    expect(embedHeightMessage(height).height).toBe(0);
  });

  it('round-trips through heightFromMessage', () => {
    expect(heightFromMessage(embedHeightMessage(640))).toBe(640);
  });
});

describe('heightFromMessage', () => {
  it.each([
    ['a string', 'mesotherapy-guide:height'],
    ['null', null],
    ['an array', [EMBED_HEIGHT_MESSAGE_TYPE, 500]],
    ['another type', { type: 'resize', height: 500 }],
    ['a height as text', { type: EMBED_HEIGHT_MESSAGE_TYPE, height: '500' }],
    ['a fractional height', { type: EMBED_HEIGHT_MESSAGE_TYPE, height: 500.5 }],
    ['a huge height', { type: EMBED_HEIGHT_MESSAGE_TYPE, height: 10_000_000 }],
    ['extra fields', { type: EMBED_HEIGHT_MESSAGE_TYPE, height: 500, html: '<b>' }],
  ])('ignores %s', (_, data) => {
    expect(heightFromMessage(data)).toBeNull();
  });
});

describe('frameToResize', () => {
  const message = embedHeightMessage(900);

  it('resizes the iframe whose window sent the message', () => {
    expect(frameToResize({ origin: ours, source: embedWindow, data: message }, ours, frames)).toEqual({
      frame: frames[1],
      height: 900,
    });
  });

  it('ignores a message from another origin', () => {
    expect(
      frameToResize({ origin: 'https://evil.example', source: embedWindow, data: message }, ours, frames),
    ).toBeNull();
  });

  it('ignores a message from a window that is not one of our iframes', () => {
    expect(frameToResize({ origin: ours, source: otherWindow, data: message }, ours, frames)).toBeNull();
    expect(frameToResize({ origin: ours, source: { name: 'popup' }, data: message }, ours, frames)).toBeNull();
    expect(frameToResize({ origin: ours, source: null, data: message }, ours, frames)).toBeNull();
  });

  it('ignores a message that is not a height message', () => {
    expect(
      frameToResize({ origin: ours, source: embedWindow, data: { type: 'other', height: 900 } }, ours, frames),
    ).toBeNull();
  });
});

describe('isHeightRequest', () => {
  it('accepts only the bare request', () => {
    expect(isHeightRequest(embedHeightRequest())).toBe(true);
    expect(isHeightRequest({ ...embedHeightRequest(), height: 5 })).toBe(false);
    expect(isHeightRequest(embedHeightMessage(5))).toBe(false);
    expect(isHeightRequest('mesotherapy-guide:height-request')).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});
