import { describe, expect, it } from 'vitest';
import { cssUsedBy, scriptsRunBy, selectorWords } from '../../../src/styles/used-css';

const namedIn = (...texts: string[]) => {
  const words = selectorWords(texts.join('\n'));
  return (className: string) => words.has(className);
};

describe('selectorWords', () => {
  it('reads whole Tailwind classes from HTML, with its entities decoded', () => {
    const words = selectorWords(
      '<summary class="list-none [&amp;::-webkit-details-marker]:hidden aria-[current=page]:border-accent">',
    );
    expect(words).toContain('[&::-webkit-details-marker]:hidden');
    expect(words).toContain('aria-[current=page]:border-accent');
    expect(words).toContain('list-none');
  });

  it('reads the classes a script writes in strings and builds from parts', () => {
    const words = selectorWords(`h('p',{class:"error-message"});el.className=\`card \${x}\`;k="is-"+"open"`);
    expect(words).toContain('error-message');
    expect(words).toContain('card');
    expect(words).toContain('is-');
  });
});

describe('cssUsedBy', () => {
  it('drops a rule whose every selector needs a class the page never names', () => {
    const css = '.card{padding:1rem}.unused{color:red}.unused,.also-unused{margin:0}.unused,.card-link{margin:1px}';
    expect(cssUsedBy(css, namedIn('<li class="card"><a class="card-link">'))).toBe(
      '.card{padding:1rem}.unused,.card-link{margin:1px}',
    );
  });

  it('keeps rules without classes, and classes under :not() or :is() need not be named', () => {
    const css =
      ':focus-visible{outline:3px solid}[hidden]:where(:not([hidden=until-found])){display:none}' +
      '.prose>p:not(.not-prose){margin:0}:is(.a,.b) p{color:red}html[data-js] main{margin:0}';
    expect(cssUsedBy(css, namedIn('<html><main class="prose"><p>'))).toBe(css);
  });

  it('drops a rule whose every selector needs an element the page and its scripts never make', () => {
    const css = 'table{border-collapse:collapse}code,pre{font-family:monospace}input,select{font:inherit}';
    expect(cssUsedBy(css, namedIn('<p><code>x</code></p>', `h('input',{type:'search'})`))).toBe(
      'code,pre{font-family:monospace}input,select{font:inherit}',
    );
  });

  it('drops custom properties nothing reads, and the @property rules of those', () => {
    const css =
      ':root{--c-ink:#111;--c-unused:red;--text-sm:.875rem;--text-sm--line-height:calc(1.25/.875)}' +
      '@property --tw-leading{syntax:"*";inherits:false}@property --tw-unused{syntax:"*";inherits:false}' +
      '.text-sm{font-size:var(--text-sm);line-height:var(--tw-leading,var(--text-sm--line-height))}p{color:var(--c-ink)}';
    expect(cssUsedBy(css, namedIn('<p class="text-sm">'))).toBe(
      ':root{--c-ink:#111;--text-sm:.875rem;--text-sm--line-height:calc(1.25/.875)}' +
        '@property --tw-leading{syntax:"*";inherits:false}' +
        '.text-sm{font-size:var(--text-sm);line-height:var(--tw-leading,var(--text-sm--line-height))}p{color:var(--c-ink)}',
    );
  });

  it('keeps a custom property a script sets, such as a clinic accent', () => {
    const css = ':root{--c-accent:blue}';
    expect(cssUsedBy(css, namedIn('<p>', `root.style.setProperty('--c-accent',value)`))).toBe(css);
  });

  it('keeps classes named only by a script the page may load', () => {
    const css = '.search-mark{font-weight:700}.w-\\[min\\(44rem\\,calc\\(100\\%-1rem\\)\\)\\]{width:1px}';
    const isNamed = namedIn('<p>', `e.className="search-mark w-[min(44rem,calc(100%-1rem))]"`);
    expect(cssUsedBy(css, isNamed)).toBe(css);
  });

  it('empties at-rules of dropped rules and removes them, and keeps nested rules of kept ones', () => {
    const css =
      '@layer utilities{.gone{color:red}@media (width>=40rem){.sm\\:gone{color:red}}.kept{color:blue}}' +
      '@media print{.gone{display:none}}.table{& th{padding:0}& .gone{color:red}}';
    expect(cssUsedBy(css, namedIn('<table class="kept table"><th>'))).toBe(
      '@layer utilities{.kept{color:blue}}.table{& th{padding:0}}',
    );
  });

  it('keeps keyframes whole', () => {
    const css = '@keyframes spin{from{rotate:0}to{rotate:1turn}}';
    expect(cssUsedBy(css, namedIn(''))).toBe(css);
  });
});

describe('scriptsRunBy', () => {
  const files: Record<string, string> = {
    '/guide/_astro/search-ui.js': 'import("./search-words.js");h("p",{class:"search-hit"})',
    '/guide/_astro/search-words.js': 'export const w="words"',
    '/guide/_astro/estimator.js': 'import{a}from"./shared.js"',
  };
  const read = (path: string) => files[path];

  it("reads the scripts a page names by address and those they import, under the site's base", () => {
    const html = '<a data-search-ui="/guide/_astro/search-ui.js">Search</a><img src="/guide/logo.svg">';
    expect(scriptsRunBy(html, read)).toEqual([
      files['/guide/_astro/search-ui.js'],
      files['/guide/_astro/search-words.js'],
    ]);
  });

  it('leaves out a script the build does not have, and reads each one once', () => {
    const html =
      '<script type="module" src="/guide/_astro/estimator.js"></script><b data-x="/guide/_astro/estimator.js">';
    expect(scriptsRunBy(html, read)).toEqual([files['/guide/_astro/estimator.js']]);
  });
});
