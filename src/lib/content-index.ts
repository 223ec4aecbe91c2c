import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentIds } from './content-references.ts';
import { isLocale, localePath } from './locales.ts';
import { entryPath, type PageCollection } from './routes.ts';

/** content/ folders that become pages, and the collection each one is. */
export const PAGE_FOLDERS: Record<string, PageCollection> = {
  guides: 'guides',
  faqs: 'faqs',
  'side-effects': 'sideEffects',
  conditions: 'conditions',
  pages: 'pages',
};

/** One page-like content file as the content lint sees it. */
export interface ContentPage {
  /** Path from the project root, e.g. content/faqs/en/pain.mdx: what messages show. */
  file: string;
  folder: string;
  locale: string;
  slug: string;
  url: string;
  text: string;
  frontmatter: Record<string, unknown>;
}

export interface ContentIndex {
  sources: Map<string, { file: string; number: unknown }>;
  /** "<language>/<file name>" */
  terms: Set<string>;
  pages: ContentPage[];
  /** Glossary terms, whose definitions get the same word checks as pages. */
  glossary: Array<{ file: string; text: string; data: Record<string, unknown> }>;
  /** Every content file (MDX and YAML), for the TODO check. */
  files: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The YAML between the --- lines at the top of an MDX file ({} when there is none or it does not parse). */
export function frontmatterOf(text: string): Record<string, unknown> {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return {};
  try {
    const data: unknown = parse(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|md|yaml|yml|json)$/.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const fileNames = (folder: string, extension: string) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length)) : [];

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
  const ids = readContentIds(contentDir);
  const sources = new Map<string, { file: string; number: unknown }>();
  for (const id of ids.sources) {
    const file = join(contentDir, 'sources', `${id}.yaml`);
    const data = parse(readFileSync(file, 'utf8')) as { number?: unknown } | null;
    sources.set(id, { file: relative(root, file), number: data?.number });
  }
  const pages: ContentPage[] = [];
  const glossary: ContentIndex['glossary'] = [];
  for (const path of files) {
    const [folder = '', locale = '', name = ''] = relative(contentDir, path).split(/[\\/]/);
    if (!isLocale(locale)) continue;
    if (folder === 'glossary') {
      const text = readFileSync(path, 'utf8');
      glossary.push({ file: relative(root, path), text, data: (parse(text) as Record<string, unknown> | null) ?? {} });
      continue;
    }
    const collection = PAGE_FOLDERS[folder];
    const isSection = folder === 'sections' && name.endsWith('.yaml');
    if (!(collection && name.endsWith('.mdx')) && !isSection) continue;
    const slug = name.replace(/\.(mdx|yaml)$/, '');
    const text = readFileSync(path, 'utf8');
    const url = collection ? entryPath(locale, collection, slug) : localePath(locale, slug === 'home' ? '' : slug);
    const frontmatter = isSection ? ((parse(text) as Record<string, unknown> | null) ?? {}) : frontmatterOf(text);
    pages.push({ file: relative(root, path), folder, locale, slug, url, text, frontmatter });
  }
  return { sources, terms: new Set(ids.terms), pages, glossary, files: files.map((file) => relative(root, file)) };
}
