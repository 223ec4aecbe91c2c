// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/features/search/pagefind-index.ts';
import { contentChecks, contentReferencePlugin } from './src/collections/content-checks.ts';
import { reviewDatesByPath, withReviewDate } from './src/seo/sitemap-dates.ts';
import { remarkBaseLinks } from './src/site/base-links.ts';
import { basePath, LOCALES } from './src/language/locales.ts';
import { careRegionCodes, careRegionSetting } from './src/site/care-region.ts';
import { PAGE_CSP_DIRECTIVES, PAGE_SCRIPT_HASHES, PAGE_SCRIPT_SOURCES } from './src/hosting/headers.ts';
import { hostFiles, trimPages } from './src/hosting/integration.ts';
import { pageScripts } from './src/hosting/page-scripts.ts';
import { remarkGroupedCitations } from './src/components/mdx/remark-grouped-citations.ts';
import { contentAdmin } from './src/admin/integration.ts';

// The public address the site is deployed at: canonical URLs, the sitemap and the clinic snippets use it.
const site = process.env.SITE_URL ?? 'https://mesotherapy-guide.example';
// The folder it is served from: "/" at a domain root, e.g. BASE_PATH=/guide/ for https://clinic.example/guide/.
const base = basePath(process.env.BASE_PATH);
// The country whose emergency numbers and services every language of this build shows (unset: each language's own).
const careRegion = careRegionSetting(
  process.env.CARE_REGION,
  careRegionCodes(readdirSync(new URL('./content/care-services/', import.meta.url))),
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  i18n: {
    locales: [...LOCALES],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // A wrong MDX component, prop or <Cite>/<Term> id fails the build with the file and line; a TODO left in content/ does too.
  // Adjacent <Cite>s then merge into one citation link.
  // No code blocks in patient content, and Shiki's inline styles would break the CSP.
  markdown: {
    // Links written from the site root ("/faqs/") move under the base.
    processor: unified({
      remarkPlugins: [
        contentReferencePlugin(new URL('./', import.meta.url)),
        remarkGroupedCitations,
        [remarkBaseLinks, { base }],
      ],
    }),
    syntaxHighlight: false,
  },
  integrations: [
    contentChecks(),
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/'),
      serialize: withReviewDate(reviewDatesByPath(fileURLToPath(new URL('./', import.meta.url)))),
      // Each page lists its other languages (xhtml:link alternates), as its <link rel="alternate" hreflang> does.
      i18n: { defaultLocale: 'en', locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
    }),
    // The scripts pages load on first use, written before the steps that read them.
    pageScripts(),
    pagefindIndex(),
    // After the search index, which writes the search scripts whose classes a page's CSS keeps.
    trimPages(),
    hostFiles(),
    // Keystatic at /keystatic under `npm run dev` only (src/admin/).
    contentAdmin(),
  ],
  build: {
    // One request per page: small CSS is inlined, and Astro hashes it into the CSP.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      // The same policy goes out as a header too (src/hosting/headers.ts), with frame-ancestors.
      directives: [...PAGE_CSP_DIRECTIVES],
      scriptDirective: { resources: [...PAGE_SCRIPT_SOURCES], hashes: [...PAGE_SCRIPT_HASHES] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // src/language/locales.ts reads it as BASE_URL; src/site/care-region.ts reads the country.
    define: { __SITE_BASE__: JSON.stringify(base), __CARE_REGION__: JSON.stringify(careRegion ?? null) },
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
