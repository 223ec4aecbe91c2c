import postcss, { type Container, type Declaration, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** A page's <style> elements, each as its opening tag, its sheet and its closing tag. */
export const STYLE_ELEMENTS = /(<style(?:\s[^>]*)?>)([\s\S]*?)(<\/style>)/g;

/**
 * Every word a class could be written with in HTML or a script: runs between spaces, quotes and angle brackets (a whole
 * Tailwind class such as `aria-[current=page]:border-accent`), and plain words (classes a script builds from parts).
 */
export function selectorWords(text: string): Set<string> {
  const decoded = text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
  return new Set([...decoded.split(/[\s"'`<>]+/), ...(decoded.match(/[\w-]+/g) ?? [])]);
}

/**
 * The code of every script a page may run: each one its HTML names by address (`src`, `data-search-ui`…) and each one
 * those import, as site paths ("/_astro/search-ui.js"). `readScript` gives a path's code, or undefined if the build has
 * no such file.
 */
export function scriptsRunBy(html: string, readScript: (path: string) => string | undefined): string[] {
  const code = new Map<string, string>();
  const visit = (path: string) => {
    if (code.has(path)) return;
    const text = readScript(path);
    if (text === undefined) return;
    code.set(path, text);
    for (const [, imported] of text.matchAll(/["'](\.{0,2}\/[^"'\s]+\.js)["']/g))
      visit(new URL(imported!, `https://site${path}`).pathname);
  };
  for (const [, path] of html.matchAll(/["'](\/[^"'\s]+\.js)["']/g)) visit(path!);
  return [...code.values()];
}

const parser = selectorParser();

/**
 * The classes and elements one selector of a list cannot match without: those written in its own compounds. A class
 * or element inside a pseudo-class (`:not(.x)`, `:is(.a, .b)`, `:has(p)`) is not required, and a selector with
 * neither (`*`, an attribute, `:focus-visible`) needs nothing, so such rules always stay.
 */
const requiredNames = (selectors: string): string[][] =>
  parser
    .astSync(selectors)
    .nodes.map((selector) =>
      selector.nodes.flatMap((node) =>
        node.type === 'class' ? [node.value] : node.type === 'tag' ? [node.value.toLowerCase()] : [],
      ),
    );

/** Custom properties declared but never read with var(), nor named by the page or its scripts, dropped until none is left. */
function removeUnreadProperties(root: Root, isNamed: (name: string) => boolean): void {
  for (;;) {
    const read = new Set([...root.toString().matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!));
    const unread: Declaration[] = [];
    root.walkDecls(/^--/, (declaration) => {
      if (!read.has(declaration.prop) && !isNamed(declaration.prop)) unread.push(declaration);
    });
    root.walkAtRules('property', (rule) => {
      if (!read.has(rule.params)) rule.remove();
    });
    if (unread.length === 0) return;
    for (const declaration of unread) declaration.remove();
  }
}

/** Removes at-rules (@media, @supports, @layer) that no longer hold anything, innermost first. */
function removeEmptyAtRules(root: Container): void {
  root.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    removeEmptyAtRules(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/**
 * A page's style sheet without what cannot apply to it: a rule goes when each of its selectors needs a class or an
 * element that `isNamed` says neither the page's HTML nor any script it may run names (a script that builds the search
 * results or an error message names its classes and elements in its code), and a custom property goes when nothing
 * reads it. Rules that need neither, and rules nested in kept ones that add none, stay, so states that scripts and the
 * browser set later (`[open]`, `:target`, `[aria-invalid]`, `:focus-visible`) still apply.
 */
export function cssUsedBy(sheet: string, isNamed: (name: string) => boolean): string {
  const root = postcss.parse(sheet);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
    const used = requiredNames(rule.selector).some((names) => names.every(isNamed));
    if (!used) rule.remove();
  });
  removeUnreadProperties(root, isNamed);
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  removeEmptyAtRules(root);
  return root.toString();
}
