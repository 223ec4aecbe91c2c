// Build time (Node): bundles the search UI into hashed files and the bootstrap into an inline script, with esbuild,
// so that content pages carry no JavaScript file at all (Astro would load a processed <script> on every page).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, type Plugin } from 'esbuild';

export interface SearchBundles {
  /** Site path of the search UI's entry file, e.g. /_astro/search-ui.1A2B3C4D.js. */
  uiPath: string;
  /** The UI's files by site path: the entry, and each language's words as its own chunk (browserStrings). */
  files: Map<string, string>;
}

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Vite's import.meta.glob for esbuild, in the one form browser code uses (src/i18n/browser-strings.ts):
 * import.meta.glob<T>('../../i18n/*\/feature.ts', { import: 'default' }), with one "*" for the folder. Each match becomes
 * a lazy import, so esbuild splits every language's words into a chunk of their own, as Vite does.
 */
const importMetaGlob: Plugin = {
  name: 'import-meta-glob',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.glob')) return undefined;
      const call = /import\.meta\.glob(?:<[^>]*>)?\(\s*'([^'*]*)\*([^'*]*)'\s*,\s*\{\s*import:\s*'default'\s*\}\s*\)/g;
      const expand = (_all: string, before: string, after: string) => {
        const folder = join(dirname(args.path), before);
        const matches = readdirSync(folder).filter((name) => existsSync(join(folder, name + after)));
        const entries = matches.map((name) => {
          const path = `./${relative(dirname(args.path), join(folder, name + after)).replaceAll('\\', '/')}`.replace(/^\.\/\.\./, '..');
          return `${JSON.stringify(path)}: () => import(${JSON.stringify(path)}).then((module) => module.default)`;
        });
        return `{ ${entries.join(', ')} }`;
      };
      // Code lines only: a comment may show the call as an example.
      const isComment = (line: string) => /^\s*(\/\/|\*|\/\*)/.test(line);
      const lines = code.split('\n').map((line) => (isComment(line) ? line : line.replace(call, expand)));
      const left = lines.find((line) => !isComment(line) && line.includes('import.meta.glob'));
      if (left) throw new Error(`${args.path}: only import.meta.glob('…/*/file.ts', { import: 'default' }) is supported here: ${left.trim()}`);
      const replaced = lines.join('\n');
      return { contents: replaced, loader: 'ts' };
    });
  },
};

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
    plugins: [importMetaGlob],
    // Pagefind's files are fetched at run time from the built site, never bundled.
    external: [`${base}pagefind/*`],
    logLevel: 'silent',
  });
  const files = new Map(outputFiles.map((file) => [`${base}_astro/${basename(file.path)}`, file.text]));
  const uiPath = [...files.keys()].find((path) => basename(path).startsWith('search-ui.'))!;
  return { uiPath, files };
}
