import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ after every `astro build`, so one command
 * ships the site and its index. Pagefind splits the index by each page's <html lang>, so every
 * language gets its own index. Only pages with `data-pagefind-body` (ContentLayout) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mesotherapy-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          const problems = [...errors, ...added.errors, ...written.errors];
          const entry = JSON.parse(readFileSync(`${written.outputPath}/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const perLanguage = Object.entries(entry.languages).map(([language, { page_count }]) => `${language}: ${page_count}`);
          // A site without an index would ship a search that never finds anything: fail the build instead.
          if (problems.length > 0 || perLanguage.length === 0) {
            throw new Error(`Pagefind could not index ${site}: ${problems.join('; ') || 'no HTML pages found'}`);
          }
          logger.info(`Search index (pages per language): ${perLanguage.join(', ')} → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
