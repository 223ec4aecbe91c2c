import postcss, { type Container } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * Every word a class could be written with in HTML or a script: runs between spaces, quotes and angle brackets (a whole
 * Tailwind class such as `aria-[current=page]:border-accent`), and plain words (classes a script builds from parts).
 */
export function selectorWords(text: string): Set<string> {
  const decoded = text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
  return new Set([...decoded.split(/[\s"'`<>]+/), ...(decoded.match(/[\w-]+/g) ?? [])]);
}

const parser = selectorParser();

/**
 * The classes one selector of a list cannot match without: those written in its own compounds. A class inside a
 * pseudo-class (`:not(.x)`, `:is(.a, .b)`, `:has(.x)`) is not required, and a selector without classes (an element, an
 * attribute, `:focus-visible`) needs none, so such rules always stay.
 */
const requiredClasses = (selectors: string): string[][] =>
  parser
    .astSync(selectors)
    .nodes.map((selector) => selector.nodes.filter((node) => node.type === 'class').map((node) => node.value));

/** Removes at-rules (@media, @supports, @layer) that no longer hold anything, innermost first. */
function removeEmptyAtRules(root: Container): void {
  root.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    removeEmptyAtRules(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/**
 * A page's style sheet without the rules that cannot match it: a rule goes when each of its selectors needs a class
 * that `isNamed` says neither the page's HTML nor any script it may load names (a script that builds the search results
 * or an error message names its classes in its code). Rules without a class, and the rules nested in kept ones that
 * add none, stay, so states that scripts and the browser set later (`[open]`, `:target`, `[aria-invalid]`) still apply.
 */
export function cssUsedBy(sheet: string, isNamed: (className: string) => boolean): string {
  const root = postcss.parse(sheet);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
    const used = requiredClasses(rule.selector).some((classes) => classes.every(isNamed));
    if (!used) rule.remove();
  });
  removeEmptyAtRules(root);
  return root.toString();
}
