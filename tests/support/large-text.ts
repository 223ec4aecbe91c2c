// Checks with large text that run in the page, in any engine (page.evaluate, or an engine session's runAt): whether the
// header's site name is painted over its controls, and how wide the search page's box is.

/**
 * The name's text, line by line as it is painted (a Range's rects, which include text overflowing its box), against
 * each control's box. The overlaps found, as "site name over <control>" (an empty list when nothing overlaps). `textScale` enlarges the
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

/** The search page's box width in px once its script has put it in, with the text enlarged as headerOverlaps does. */
export function searchBoxWidth(textScale = 1): Promise<number> {
  if (textScale !== 1) document.documentElement.style.setProperty('font-size', `${textScale * 100}%`);
  return new Promise((resolve) => {
    const measure = () => {
      const box = document.querySelector('[data-search-page] input[type=search]');
      if (box) resolve(box.getBoundingClientRect().width);
      else requestAnimationFrame(measure);
    };
    measure();
  });
}
