// Build time (Node): the scripts pages load on first use, bundled with esbuild into hashed files. Astro would load a
// component's processed <script> as the page arrives; these arrive only when one of the page's inline scripts
// (inline-scripts.ts: the search bootstrap, the tool starter, the embed starter) imports them, so a page's first paint
// needs its HTML alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { basePath, withoutBase } from '../language/locales.ts';

/**
 * Each script and its entry file: the search UI, the estimator's element, the clinic page's snippet builder, and an
 * embed's options (loaded by embed-starter.ts).
 */
const ENTRIES = {
  searchUi: '../features/search/search-ui.ts',
  estimator: '../features/estimator/treatment-estimator-element.ts',
  snippetBuilder: '../features/clinics/snippet-builder-script.ts',
  embedPage: '../features/clinics/embed-page.ts',
} as const;
export type PageScript = keyof typeof ENTRIES;

export interface PageScriptBundles {
  /** Each script's site path, e.g. searchUi → /_astro/search-ui.1A2B3C4D.js. */
  paths: Record<PageScript, string>;
  /** Every file by site path: the entries, the code they share and each language's words (browserStrings) as chunks. */
  files: Map<string, string>;
}

const VIRTUAL_MODULE = 'virtual:page-scripts';
const entryFile = (entry: string) => fileURLToPath(new URL(entry, import.meta.url));

/** The scripts for a site under `base` ("/"); `dev` shows the development server's messages (search without an index). */
export async function pageScriptBundles(base: string, dev: boolean): Promise<PageScriptBundles> {
  // Each script on its own, sharing no chunk with the others: a page loads one of them, in as few files as it can.
  const bundles = await Promise.all(Object.values(ENTRIES).map((entry) => bundle(entryFile(entry), base, dev)));
  const files = new Map(bundles.flat().map((file) => [`${base}_astro/${basename(file.path)}`, file.text]));
  const pathOf = (entry: string) => {
    const name = `${basename(entry, '.ts')}.`;
    return [...files.keys()].find((path) => basename(path).startsWith(name))!;
  };
  const paths = Object.fromEntries(Object.entries(ENTRIES).map(([script, entry]) => [script, pathOf(entry)]));
  return { paths: paths as Record<PageScript, string>, files };
}

const bundle = async (entry: string, base: string, dev: boolean) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      write: false,
      outdir: 'page-scripts',
      entryNames: '[name].[hash]',
      // Each language's words (browserStrings) and the code loaded on demand (the calendar file).
      chunkNames: 'chunk.[hash]',
      // src/language/locales.ts reads the base as BASE_URL (astro.config.mjs defines the same for Astro's own code).
      define: { __SITE_BASE__: JSON.stringify(base), 'import.meta.env.DEV': String(dev) },
      // Pagefind's files are fetched at run time from the built site, never bundled.
      external: [`${base}pagefind/*`],
      logLevel: 'silent',
    })
  ).outputFiles;

/**
 * Gives pages each script's path (`import { pageScripts } from 'virtual:page-scripts'`, for the element that names
 * it) and writes the files into dist/_astro/. Before the search index and trimPages, which read them.
 */
export function pageScripts(): AstroIntegration {
  let bundles: Promise<PageScriptBundles> | undefined;
  let base = '/';
  return {
    name: 'mesotherapy-guide:page-scripts',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const dev = command === 'dev';
        base = basePath(config.base);
        const current = () => (dev || !bundles ? (bundles = pageScriptBundles(base, dev)) : bundles);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mesotherapy-guide:page-scripts',
                resolveId: (id) => (id === VIRTUAL_MODULE ? `\0${VIRTUAL_MODULE}` : undefined),
                load: async (id) =>
                  id === `\0${VIRTUAL_MODULE}`
                    ? `export const pageScripts = ${JSON.stringify((await current()).paths)};`
                    : undefined,
                // The development server serves the files itself (rebuilt on each request, so edits show).
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    void current().then(({ files }) => {
                      const code = files.get(request.url?.split('?')[0] ?? '');
                      if (code === undefined) return next();
                      response.setHeader('content-type', 'text/javascript');
                      response.end(code);
                    }, next);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const [path, code] of (await bundles)?.files ?? []) {
          // Site paths are under the base; dist/ is not.
          const file = join(site, withoutBase(path, base).replace(/^\/+/, ''));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, code);
        }
      },
    },
  };
}
