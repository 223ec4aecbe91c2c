import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  parseCssColour,
  parseHexColour,
  readableAccent,
  toHex,
} from '../../../src/features/clinics/colour-contrast';

const white = { r: 255, g: 255, b: 255 };
const darkPage = parseHexColour('#111a21')!;

describe('parsing colours', () => {
  it('reads six- and three-digit hex colours in any case', () => {
    expect(parseHexColour('#005EB8')).toEqual({ r: 0, g: 94, b: 184 });
    expect(parseHexColour('#05b')).toEqual({ r: 0, g: 85, b: 187 });
  });

  it.each(['005eb8', '#005eb', '#12345g', 'red', '', 'url(x)', '#005eb8ff'])('rejects %j', (value) => {
    expect(parseHexColour(value)).toBeNull();
  });

  it('reads computed style colours', () => {
    expect(parseCssColour('rgb(17, 26, 33)')).toEqual(darkPage);
    expect(parseCssColour('rgba(255, 255, 255, 1)')).toEqual(white);
    expect(parseCssColour('transparent')).toBeNull();
  });
});

describe('contrast', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio(white, { r: 0, g: 0, b: 0 })).toBeCloseTo(21);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it('keeps an accent that already passes unchanged', () => {
    expect(toHex(readableAccent(parseHexColour('#005eb8')!, white))).toBe('#005eb8');
  });

  it.each(['#ffeb3b', '#7fffd4', '#ff69b4', '#ffffff', '#777777'])(
    'darkens %s on a white page until it reaches 4.5:1',
    (hex) => {
      const chosen = parseHexColour(hex)!;
      const result = readableAccent(chosen, white);
      expect(contrastRatio(result, white)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(result, white)).toBeLessThan(4.8);
    },
  );

  it.each(['#005eb8', '#000000', '#330072', '#8b0000'])(
    'lightens %s on the dark page until it reaches 4.5:1',
    (hex) => {
      const result = readableAccent(parseHexColour(hex)!, darkPage);
      expect(contrastRatio(result, darkPage)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('every grey on both themes ends up readable', () => {
    for (let level = 0; level <= 255; level += 15) {
      const grey = { r: level, g: level, b: level };
      expect(contrastRatio(readableAccent(grey, white), white)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(readableAccent(grey, darkPage), darkPage)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
