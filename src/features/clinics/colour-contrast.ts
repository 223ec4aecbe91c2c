/** WCAG 2.2 colour contrast, used to keep a clinic's chosen accent colour readable. */

interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Normal-size text needs 4.5:1 against its background (WCAG 2.2 AA, 1.4.3). */
const AA_TEXT_CONTRAST = 4.5;

/** "#005eb8" or "#05b" → RGB; anything else → null. */
export function parseHexColour(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  const channel = (index: number) => parseInt(digits.slice(index, index + 2), 16);
  return { r: channel(0), g: channel(2), b: channel(4) };
}

/** A computed style colour ("rgb(17, 26, 33)" or "#111a21") → RGB; anything else → null. */
export function parseCssColour(value: string): Rgb | null {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(value.trim());
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  return parseHexColour(value);
}

export function toHex({ r, g, b }: Rgb): string {
  return '#' + [r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('');
}

function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return {
    r: from.r + (to.r - from.r) * amount,
    g: from.g + (to.g - from.g) * amount,
    b: from.b + (to.b - from.b) * amount,
  };
}

/**
 * The accent as close to the chosen colour as possible that still reads as text on the background:
 * unchanged if it already passes, otherwise darkened (light themes) or lightened (dark themes) just enough.
 */
export function readableAccent(accent: Rgb, background: Rgb, minimum = AA_TEXT_CONTRAST): Rgb {
  const round = (colour: Rgb): Rgb => ({ r: Math.round(colour.r), g: Math.round(colour.g), b: Math.round(colour.b) });
  if (contrastRatio(round(accent), background) >= minimum) return round(accent);
  const black = { r: 0, g: 0, b: 0 };
  const white = { r: 255, g: 255, b: 255 };
  const target = contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
  // Binary search for the smallest mix towards black or white that passes.
  let low = 0;
  let high = 1;
  for (let step = 0; step < 20; step += 1) {
    const middle = (low + high) / 2;
    if (contrastRatio(round(mix(accent, target, middle)), background) >= minimum) high = middle;
    else low = middle;
  }
  return round(mix(accent, target, high));
}
