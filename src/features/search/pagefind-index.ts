import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexedWords, NOT_INDEXED, vocabularyOf } from './index-vocabulary.ts';
import { searchBundles, type SearchBundles } from './search-bundle.ts';

const BOOTSTRAP_MODULE = 'virtual:search-bootstrap';

/** Where the browser finds a language's vocabulary: pagefind/vocabulary/en.json (see query-rules.ts). */
export const vocabularyPath = (language: string) => `vocabulary/${language}.json`;

/**
 * Builds the Pagefind search index into dist/pagefind/ after every `astro build`, so one command
 * ships the site and its index. Pagefind splits the index by each page's <html lang>, so every
 * language gets its own index, and here its own vocabulary for the query rules. Only pages with
 * `data-pagefind-body` (ContentLayout) are indexed, and never their code samples.
 */
export function pagefindIndex(): AstroIntegration {
  let bundles: SearchBundles | undefined;
  return {
    name: 'mesotherapy-guide:pagefind',
    hooks: {
      // The search UI is bundled here, not by Astro, so that pages carry only the inline bootstrap (search-bundle.ts).
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const dev = command === 'dev';
        const current = () => (dev || !bundles ? (bundles = searchBundles(config.base.endsWith('/') ? config.base : `${config.base}/`, dev)) : bundles);
        // The inline bootstrap is allowed by its hash: Astro hashes only the scripts it bundles itself.
        const { hash } = current();
        updateConfig({
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: [hash] } } },
          vite: {
            plugins: [
              {
                name: 'mesotherapy-guide:search-bundle',
                resolveId: (id) => (id === BOOTSTRAP_MODULE ? `\0${BOOTSTRAP_MODULE}` : undefined),
                load: (id) => (id === `\0${BOOTSTRAP_MODULE}` ? `export const searchBootstrap = ${JSON.stringify(current().bootstrap)};` : undefined),
                // The development server serves the UI file itself (rebuilt on each request, so edits show).
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    if (request.url?.split('?')[0] !== current().uiPath) return next();
                    response.setHeader('content-type', 'text/javascript');
                    response.end(current().uiCode);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (bundles) {
          const file = join(site, bundles.uiPath.replace(/^\/+/, ''));
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, bundles.uiCode);
        }
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED });
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
          const sizes = writeVocabularies(site, written.outputPath, Object.keys(entry.languages));
          logger.info(`Search index (pages per language): ${perLanguage.join(', ')}; vocabulary words: ${sizes} → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Writes each language's vocabulary next to its index; returns "en: 2900" for the build log. */
function writeVocabularies(site: string, outputPath: string, languages: string[]): string {
  const pagesByLanguage = new Map<string, string[][]>(languages.map((language) => [language, []]));
  const htmlFiles = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
  for (const path of htmlFiles) {
    const page = indexedWords(readFileSync(join(site, path), 'utf8'));
    if (page) pagesByLanguage.get(page.language)?.push(page.words);
  }
  mkdirSync(join(outputPath, 'vocabulary'), { recursive: true });
  return [...pagesByLanguage]
    .map(([language, pages]) => {
      const vocabulary = vocabularyOf(pages, language);
      writeFileSync(join(outputPath, vocabularyPath(language)), JSON.stringify(vocabulary));
      return `${language}: ${vocabulary.words.length}`;
    })
    .join(', ');
}
