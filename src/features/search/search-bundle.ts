// Build time (Node): bundles the search UI into one hashed file and the bootstrap into an inline script, with esbuild,
// so that content pages carry no JavaScript file at all (Astro would load a processed <script> on every page).
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface SearchBundles {
  /** Site path of the search UI file, e.g. /_astro/search-ui.1a2b3c4d5e.js. */
  uiPath: string;
  uiCode: string;
  /** The bootstrap's minified code, for an inline <script type="module">. */
  bootstrap: string;
  /** Its CSP hash, "sha256-…". */
  hash: `sha256-${string}`;
}

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function bundle(file: string, define: Record<string, string>, base: string): string {
  const { outputFiles } = buildSync({
    entryPoints: [source(file)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    define,
    // Pagefind's files and the search UI are fetched at run time from the built site, never bundled.
    external: [`${base}pagefind/*`, `${base}_astro/*`],
    logLevel: 'silent',
  });
  return outputFiles[0]!.text.trim();
}

/** Both bundles for a site under `base` ("/"); `dev` shows the development server's message when there is no index. */
export function searchBundles(base: string, dev: boolean): SearchBundles {
  const env = { 'import.meta.env.BASE_URL': JSON.stringify(base), 'import.meta.env.DEV': String(dev) };
  const uiCode = bundle('./search-ui.ts', env, base);
  const hash = createHash('sha256').update(uiCode).digest('hex').slice(0, 10);
  const uiPath = `${base}_astro/search-ui.${hash}.js`;
  const bootstrap = bundle('./search-bootstrap.ts', {
    ...env,
    SEARCH_UI_URL: JSON.stringify(uiPath),
    HIGHLIGHT_URL: JSON.stringify(`${base}pagefind/pagefind-highlight.js`),
  }, base);
  return { uiPath, uiCode, bootstrap, hash: `sha256-${createHash('sha256').update(bootstrap).digest('base64')}` };
}
