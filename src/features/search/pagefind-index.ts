import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'cheerio';
import * as pagefind from 'pagefind';
import { indexedWords, NOT_INDEXED, vocabularyOf } from './index-vocabulary.ts';
import { lightenPagefindFiles } from './pagefind-files.ts';
import { glossaryRecords } from './glossary-records.ts';
import { packWords, shardVocabulary, type VocabularyData, type VocabularyFile } from './query-vocabulary.ts';
import { DEFAULT_LOCALE, isLocale } from '../../language/locales.ts';
import { QUERY_LANGUAGES } from '../../language/query-languages.ts';
import { bareStem } from '../../language/query-words.ts';

/**
 * Word locations per index chunk (Pagefind's default is 20000, about 27 KB, fetched whole for a one-word search).
 * Smaller chunks keep a first search light: a word fetches only its own chunk (about 1 KB; a query fetches one per
 * word). Smaller still, the chunk list every search loads first (pf_meta) grows by more than a chunk shrinks. Pagefind
 * 1.6 reads this from its environment, under a name it calls unstable: if a later version drops it, the index is
 * simply chunked as before.
 */
const INDEX_CHUNK_LOCATIONS = 300;

/**
 * Where the browser finds a shard of a language's vocabulary (see query-vocabulary.ts): pagefind/vocabulary/en/b.json,
 * or by two letters, pagefind/vocabulary/en/br.json.
 */
const vocabularyPath = (language: string, shard: string) => `vocabulary/${language}/${shard}.json`;

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/**
 * Every name vocabularyShard can give a shard: a letter, digit or "_", or two letters. The build writes a file for each
 * (empty when no word is filed under it), so no fetch of a shard meets the site's 404 page.
 */
export const SHARD_NAMES: readonly string[] = [
  ...LETTERS,
  ...'0123456789_',
  ...LETTERS.flatMap((first) => LETTERS.map((second) => first + second)),
];

const vocabularyFile = ({ words, spellings }: VocabularyData): string =>
  JSON.stringify({ words: packWords(words), spellings } satisfies VocabularyFile);

/**
 * Builds the Pagefind search index into dist/pagefind/ after every `astro build`, so one command
 * ships the site and its index. Pagefind splits the index by each page's <html lang>, so every
 * language gets its own index, and here its own vocabulary for the query rules. Only pages with
 * `data-pagefind-body` (ContentLayout) are indexed, and never their code samples.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mesotherapy-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Read by the Pagefind binary that createIndex starts (it inherits this process's environment).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_LOCATIONS);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED });
        try {
          if (!index) throw new Error(errors.join('\n'));
          const pages = builtPages(site);
          const records = [
            ...pages.map(({ url, html }) => ({ url, html: withHeadingAnchorsOnly(html) })),
            ...pages.flatMap(({ url, html }) => glossaryRecords(html, url)),
          ];
          const added: string[] = [];
          for (const record of records) {
            const { errors: recordErrors } = await index.addHTMLFile({ url: record.url, content: record.html });
            added.push(...recordErrors);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          const problems = [...errors, ...added, ...written.errors];
          const entry = JSON.parse(readFileSync(`${written.outputPath}/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const perLanguage = Object.entries(entry.languages).map(
            ([language, { page_count }]) => `${language}: ${page_count}`,
          );
          // A site without an index would ship a search that never finds anything: fail the build instead.
          if (problems.length > 0 || perLanguage.length === 0) {
            throw new Error(`Pagefind could not index ${site}: ${problems.join('; ') || 'no HTML pages found'}`);
          }
          await lightenPagefindFiles(written.outputPath);
          const sizes = await writeVocabularies(
            records.map((record) => record.html),
            written.outputPath,
            Object.keys(entry.languages),
          );
          logger.info(
            `Search index (pages per language): ${perLanguage.join(', ')}; vocabulary words: ${sizes} → ${written.outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * A page as the index reads it: Pagefind keeps every element with an id in its body as an anchor, in the text each
 * result downloads, but only headings become sub-results. The other ids (a glossary pop-up's, a source's) are dropped:
 * a long page's text is up to a tenth lighter.
 */
export function withHeadingAnchorsOnly(html: string): string {
  const $ = load(html);
  $('[data-pagefind-body] [id], [data-pagefind-body][id]').not('h1, h2, h3, h4, h5, h6').removeAttr('id');
  return $.html();
}

/** The built HTML pages, each with the URL Pagefind gives it ("glossary/index.html" → "/glossary/"). */
function builtPages(site: string): { url: string; html: string }[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .sort()
    .map((path) => ({
      url: path.endsWith('index.html') ? `/${dirname(path)}/`.replace(/^\/\.\/$/, '/') : `/${path}`,
      html: readFileSync(join(site, path), 'utf8'),
    }));
}

/**
 * Writes each language's vocabulary next to its index, from the documents indexed (the pages and the glossary's
 * terms); returns "en: 2900" for the build log.
 */
async function writeVocabularies(documents: string[], outputPath: string, languages: string[]): Promise<string> {
  const pagesByLanguage = new Map<string, string[][]>(languages.map((language) => [language, []]));
  for (const html of documents) {
    const page = indexedWords(html);
    if (page) pagesByLanguage.get(page.language)?.push(page.words);
  }
  mkdirSync(join(outputPath, 'vocabulary'), { recursive: true });
  const sizes: string[] = [];
  for (const [language, pages] of pagesByLanguage) {
    const rules = await QUERY_LANGUAGES[isLocale(language) ? language : DEFAULT_LOCALE]();
    const vocabulary = vocabularyOf(pages, language, (word) => bareStem(word, rules));
    mkdirSync(join(outputPath, 'vocabulary', language), { recursive: true });
    const shards = new Map([...shardVocabulary(vocabulary, rules, 1), ...shardVocabulary(vocabulary, rules, 2)]);
    for (const shard of SHARD_NAMES)
      writeFileSync(
        join(outputPath, vocabularyPath(language, shard)),
        vocabularyFile(shards.get(shard) ?? { words: [], spellings: {} }),
      );
    sizes.push(`${language}: ${vocabulary.words.length}`);
  }
  return sizes.join(', ');
}
