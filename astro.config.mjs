// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/features/search/pagefind-index.ts';
import { contentChecks, contentReferencePlugin } from './src/editor-tools/content-checks.ts';

// The public address the site is deployed at: canonical URLs, the sitemap and the clinic snippets use it.
const site = process.env.SITE_URL ?? 'https://mesotherapy-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  i18n: {
    locales: ['en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // A wrong MDX component, prop or <Cite>/<Term> id fails the build with the file and line; a TODO left in content/ does too.
  // No code blocks in patient content, and Shiki's inline styles would break the CSP.
  markdown: {
    processor: unified({ remarkPlugins: [contentReferencePlugin(new URL('./', import.meta.url))] }),
    syntaxHighlight: false,
  },
  integrations: [contentChecks(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), pagefindIndex()],
  build: {
    // One request per page: small CSS is inlined, and Astro hashes it into the CSP.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
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
