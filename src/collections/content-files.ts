import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import type { ContentIds } from './content-references.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../language/locales.ts';
import { entryPath, indexPagePath } from './urls.ts';
import { collectionOfFolder, COLLECTIONS, type CollectionName, type PageCollection } from './registry.ts';

/** A content file with data: an MDX page's frontmatter, or a YAML file. */
export interface ContentFile {
  /** Path from the project root, e.g. content/faqs/en/pain.mdx: what messages show. */
  file: string;
  folder: string;
  /** The registry's collection of that folder. */
  collection: CollectionName;
  slug: string;
  /** Its language folder; sources, shared by every language, count as the default language. */
  locale: Locale;
  text: string;
  data: Record<string, unknown>;
  /** Set when the YAML does not parse; `data` is then {}. */
  yamlError?: string;
}

/** A content file that becomes a page of the site. */
export interface ContentPage extends ContentFile {
  url: string;
}

export interface ContentIndex {
  sources: Map<string, ContentFile>;
  /** "<language>/<file name>" */
  terms: ReadonlySet<string>;
  pages: ContentPage[];
  glossary: ContentFile[];
  /** The safety wording other pages show (content/safety-notes/). */
  safetyNotes: ContentFile[];
  /** Each country's numbers and services (content/care-services/), shared by every language: data, not pages. */
  careServices: ContentFile[];
  /** The options the comparison page puts side by side (content/treatment-options/): data, not pages. */
  treatmentOptions: ContentFile[];
  /** Every content file (MDX and YAML), for the TODO check. */
  files: string[];
}

/**
 * The YAML of a content file, the lines between the --- lines of an MDX file (split as the build splits them, with
 * Astro's own extractFrontmatter) or a whole YAML file, and where it starts in the file.
 */
export function fieldsYaml(text: string, isMdx: boolean): { yaml: string; offset: number } | undefined {
  if (!isMdx) return { yaml: text, offset: 0 };
  const yaml = extractFrontmatter(text);
  // Astro's YAML starts right after the opening ---, with the rest of that line.
  return yaml === undefined ? undefined : { yaml, offset: text.indexOf('---') + 3 };
}

/** The data of a content file: the YAML between the --- lines of an MDX file, or a whole YAML file. */
function contentData(text: string, isMdx: boolean): { data: Record<string, unknown>; yamlError?: string } {
  const yaml = fieldsYaml(text, isMdx)?.yaml;
  if (yaml === undefined) return { data: {}, yamlError: 'the file does not start with fields between two --- lines' };
  try {
    const data: unknown = parse(yaml);
    return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { data: {}, yamlError: (error as Error).message.split('\n')[0] ?? 'it is not valid YAML' };
  }
}

/** The frontmatter of an MDX file ({} when it has none or it does not parse). */
export const frontmatterOf = (text: string) => contentData(text, true).data;

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|md|yaml|yml|json)$/.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const fileNames = (folder: string, extension: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length))
    : [];

/** Source ids and glossary ids, read from disk; cheap enough to call for every MDX file the build compiles. */
export function readContentIds(contentDir: string): ContentIds {
  const terms = new Set<string>();
  const glossary = join(contentDir, 'glossary');
  for (const locale of existsSync(glossary) ? readdirSync(glossary) : []) {
    for (const slug of fileNames(join(glossary, locale), '.yaml')) terms.add(`${locale}/${slug}`);
  }
  return { sources: new Set(fileNames(join(contentDir, 'sources'), '.yaml')), terms };
}

/** Everything in content/ that the content lint checks. `root` is the project folder, for readable paths. */
export function readContentIndex(root: string): ContentIndex {
  const contentDir = join(root, 'content');
  const files = listFiles(contentDir);
  const read = (path: string, folder: string, collection: CollectionName, locale: Locale): ContentFile => {
    const text = readFileSync(path, 'utf8');
    const slug = basename(path).replace(/\.(mdx|yaml)$/, '');
    return {
      file: relative(root, path),
      folder,
      collection,
      slug,
      locale,
      text,
      ...contentData(text, path.endsWith('.mdx')),
    };
  };
  const sources = new Map<string, ContentFile>();
  const pages: ContentPage[] = [];
  const glossary: ContentFile[] = [];
  const safetyNotes: ContentFile[] = [];
  const careServices: ContentFile[] = [];
  const treatmentOptions: ContentFile[] = [];
  for (const path of files) {
    const [folder = '', ...rest] = relative(contentDir, path).split(/[\\/]/);
    const collection = collectionOfFolder(folder);
    if (!collection) continue;
    const { format, perLanguage, urlFolder } = COLLECTIONS[collection];
    const [locale = '', name = ''] = perLanguage ? rest : [DEFAULT_LOCALE, rest[0]];
    if (rest.length !== (perLanguage ? 2 : 1) || !name.endsWith(`.${format}`) || !isLocale(locale)) continue;
    const entry = read(path, folder, collection, locale);
    if (collection === 'sources') sources.set(entry.slug, entry);
    else if (collection === 'glossary') glossary.push(entry);
    else if (collection === 'safetyNotes') safetyNotes.push(entry);
    else if (collection === 'careServices') careServices.push(entry);
    else if (collection === 'treatmentOptions') treatmentOptions.push(entry);
    else {
      // Index pages (content/index-pages/) are the home page and the pages that list a collection.
      const url =
        urlFolder === null
          ? indexPagePath(locale, entry.slug)
          : entryPath(locale, collection as PageCollection, entry.slug);
      pages.push({ ...entry, url });
    }
  }
  return {
    sources,
    terms: readContentIds(contentDir).terms,
    pages,
    glossary,
    safetyNotes,
    careServices,
    treatmentOptions,
    files: files.map((file) => relative(root, file)),
  };
}
