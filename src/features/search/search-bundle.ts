// Build time (Node): bundles the search UI into hashed files and the bootstrap into an inline script, with esbuild,
// so that content pages carry no JavaScript file at all (Astro would load a processed <script> on every page).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync } from 'esbuild';

export interface SearchBundles {
  /** Site path of the search UI's entry file, e.g. /_astro/search-ui.1A2B3C4D.js. */
  uiPath: string;
  /** The UI's files by site path: the entry, and each language's words as its own chunk (browserStrings). */
  files: Map<string, string>;
}

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The bootstrap's minified code, for an inline <script type="module">: the same for every build (search-bootstrap.ts). */
export const SEARCH_BOOTSTRAP = buildSync({
  entryPoints: [source('./search-bootstrap.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  write: false,
  logLevel: 'silent',
}).outputFiles[0]!.text.trim();

/** Its CSP hash, "sha256-…": the pages' meta CSP and the response headers both allow it. */
export const SEARCH_BOOTSTRAP_HASH = `sha256-${createHash('sha256').update(SEARCH_BOOTSTRAP).digest('base64')}` as const;

/** The search UI for a site under `base` ("/"); `dev` shows the development server's message when there is no index. */
export async function searchBundles(base: string, dev: boolean): Promise<SearchBundles> {
  const { outputFiles } = await build({
    entryPoints: [source('./search-ui.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    outdir: 'search-out',
    entryNames: '[name].[hash]',
    chunkNames: 'search-words.[hash]',
    // src/site/locales.ts reads the base as BASE_URL (astro.config.mjs defines the same for Astro's own code).
    define: { __SITE_BASE__: JSON.stringify(base), 'import.meta.env.DEV': String(dev) },
    // Pagefind's files are fetched at run time from the built site, never bundled.
    external: [`${base}pagefind/*`],
    logLevel: 'silent',
  });
  const files = new Map(outputFiles.map((file) => [`${base}_astro/${basename(file.path)}`, file.text]));
  const uiPath = [...files.keys()].find((path) => basename(path).startsWith('search-ui.'))!;
  return { uiPath, files };
}
