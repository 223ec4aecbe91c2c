import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath, TRANSLATED_LOCALES } from '../language/locales.ts';
import { cssUsedBy, scriptsRunBy, selectorWords, STYLE_ELEMENTS } from '../styles/used-css.ts';
import { headersFile } from './host-files.ts';
import { withOwnHashes } from './page-csp.ts';

/**
 * What hosts read from the published folder: dist/_headers (Netlify and Cloudflare) for the build's base, and each
 * language's 404 page at dist/<lang>/404.html. Astro writes only English's as 404.html; the others come out as
 * <lang>/404/index.html, so they move to where Cloudflare, Netlify and nginx look for a folder's own 404 page.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'mesotherapy-guide:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        writeFileSync(file, headersFile(base));
        logger.info(`Response headers for Netlify and Cloudflare → ${file}`);
        for (const locale of TRANSLATED_LOCALES) {
          const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
          // A site without that page (a test fixture builds only some pages) has nothing to move.
          if (!existsSync(`${folder}index.html`)) continue;
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}

/** The built files whose names end with `ending`, anywhere under `folder`. */
const builtFiles = (folder: string, ending: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name));

/**
 * A built page without the empty elements only the search index reads (`<span hidden data-index-only …></span>`, a
 * page's searchTerms): the index has read them when this runs, and readers never see them.
 */
const withoutIndexOnly = (html: string) => html.replace(/<span\b[^>]*\sdata-index-only\b[^>]*><\/span>/g, '');

/**
 * Each built page as light as it can be, once the search index has read it: only the CSS that can apply to it, so
 * that its HTML with its CSS arrives in one round trip (src/styles/used-css.ts); nothing only the index reads; and a
 * CSP that names exactly its own inline scripts and styles (page-csp.ts). Print rules stay inline: a print stylesheet
 * of their own is one more request, which Lighthouse counts before the largest paint.
 */
export function trimPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'mesotherapy-guide:trim-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        const scripts = new Map<string, string | undefined>();
        const readScript = (path: string) => {
          if (!scripts.has(path)) {
            const file = path.startsWith(base) ? join(folder, path.slice(base.length)) : '';
            scripts.set(path, file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return scripts.get(path);
        };
        // A script's words, read once however many pages run it (the search UI runs on every page).
        const scriptWords = new Map<string, Set<string>>();
        const wordsOfScript = (code: string) => {
          if (!scriptWords.has(code)) scriptWords.set(code, selectorWords(code));
          return scriptWords.get(code)!;
        };
        const pages = builtFiles(folder, '.html');
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          // The page's words without its own style sheets, which name every class they style.
          const markup = html.replace(STYLE_ELEMENTS, '');
          const words = [selectorWords(markup), ...scriptsRunBy(markup, readScript).map(wordsOfScript)];
          const isNamed = (name: string) => words.some((set) => set.has(name));
          const trimmed = html.replace(
            STYLE_ELEMENTS,
            (_sheet, open: string, css: string, close: string) => open + cssUsedBy(css, isNamed) + close,
          );
          writeFileSync(page, withOwnHashes(withoutIndexOnly(trimmed)));
        }
        logger.info(`${pages.length} pages: the CSS each uses, and the hashes of its inline code in its CSP`);
      },
    },
  };
}
