// Lets plain `tsc` type imports of .astro files from .ts modules (astro check reads the real components).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

/** Astro's `base` ("/" or e.g. "/guide/"), defined by astro.config.mjs; read it as BASE_URL from src/language/locales.ts. */
declare const __SITE_BASE__: string | undefined;

/** CARE_REGION as checked by astro.config.mjs ("GB", "ES"…), or null when unset; read it through src/site/care-region.ts. */
declare const __CARE_REGION__: string | null | undefined;

declare namespace App {
  interface Locals {
    /** How often each glossary term has appeared on the page being built, for unique popup ids. */
    termTips?: Map<string, number>;
    /** The country an embed page is for, when it is not the build's (src/components/WhenToGetHelp.astro reads it). */
    careRegion?: string;
    /** How many "when to get help" blocks the page has shown so far: only the first takes the id links point to. */
    careCardsShown?: number;
    /** The sources already cited on the page being built (src/components/mdx/first-citation.ts). */
    citedSources?: Set<string>;
  }
}

/** The hashed paths of the scripts pages load on first use (src/hosting/page-scripts.ts). */
declare module 'virtual:page-scripts' {
  export const pageScripts: Record<import('./hosting/page-scripts').PageScript, string>;
}
