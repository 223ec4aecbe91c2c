import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TRANSLATED_LOCALES } from '../language/locales.ts';
import { headersFile } from './host-files.ts';

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
