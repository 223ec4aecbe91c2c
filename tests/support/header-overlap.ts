// Whether the header's site name is painted over its controls: the name's text, line by line as it is painted (a
// Range's rects, which include text overflowing its box), against each control's box. Runs in the page, in any engine.

/**
 * The overlaps found, as "site name over <control>" (an empty list when nothing overlaps). `textScale` enlarges the
 * page's text first, for engines whose text size a test cannot set (the root's size, which every rem follows).
 */
export function headerOverlaps(textScale = 1): string[] {
  if (textScale !== 1) document.documentElement.style.setProperty('font-size', `${textScale * 100}%`);
  const name = document.querySelector('header .site-logo span');
  if (!name) return ['no site name in the header'];
  const range = document.createRange();
  range.selectNodeContents(name);
  const lines = [...range.getClientRects()];
  const controls = [...document.querySelectorAll<HTMLElement>('header [data-search-open], header summary')].filter(
    (control) => control.getClientRects().length > 0,
  );
  if (controls.length === 0) return ['no Search or Menu control showing'];
  const meets = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return controls
    .filter((control) => lines.some((line) => meets(line, control.getBoundingClientRect())))
    .map((control) => `site name over ${control.textContent?.trim() || control.tagName}`);
}
