/** Text safe inside an element or a quoted attribute: "a < b & \"c\"" → "a &lt; b &amp; &quot;c&quot;". */
export const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
