import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './host-files.ts';

/** Writes dist/_headers (Netlify and Cloudflare read it from the published folder) for the build's base. */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mesotherapy-guide:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        writeFileSync(file, headersFile(base));
        logger.info(`Response headers for Netlify and Cloudflare → ${file}`);
      },
    },
  };
}
