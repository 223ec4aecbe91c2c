// Lets plain `tsc` type imports of .astro files from .ts modules (astro check reads the real components).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

declare namespace App {
  interface Locals {
    /** How often each glossary term has appeared on the page being built, for unique popup ids. */
    termTips?: Map<string, number>;
  }
}

/** The search bootstrap's inline code (src/features/search/search-bundle.ts, served by the search integration). */
declare module 'virtual:search-bootstrap' {
  export const searchBootstrap: string;
}
