import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../language/locales.ts';

/**
 * The URLs of a fixed page in src/pages (search, estimator, robots.txt…): one per language under [...lang].
 * Pages made from content ([slug] routes) and error pages give none: the content lint knows those from content/.
 * "[...lang]/estimator.astro" → ["/estimator/"], "api/faqs.json.ts" → ["/api/faqs.json"], "404.astro" → [].
 */
export function urlsOfPageFile(file: string): string[] {
  const segments = file.split(/[\\/]/);
  const perLanguage = segments.includes('[...lang]');
  const parts = segments.filter((part) => part !== '[...lang]');
  const name = (parts.pop() ?? '').replace(/\.(astro|md|mdx|ts|js)$/, '');
  if ([...parts, name].some((part) => part.includes('[')) || /^\d{3}$/.test(name)) return [];
  const path = [...parts, name === 'index' ? '' : name].filter(Boolean).join('/');
  return (perLanguage ? LOCALES : [DEFAULT_LOCALE]).map((locale) => localePath(locale, path));
}

/** The URLs of every fixed page in a src/pages folder. */
export function fixedPageUrls(pagesDir: string): string[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => urlsOfPageFile(relative(pagesDir, join(entry.parentPath, entry.name))));
}
