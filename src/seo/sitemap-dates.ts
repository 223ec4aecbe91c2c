import { readContentIndex } from '../collections/content-files.ts';
import { isoDay } from '../site/dates.ts';

/**
 * Each content page's last review date by its URL path ("/faqs/pain/" → "2026-11-25"), for the sitemap's <lastmod>.
 * Read from content/ when the config loads, because the sitemap integration cannot query Astro's collections;
 * the build has validated the same frontmatter by the time the sitemap is written.
 */
export function reviewDatesByPath(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const page of readContentIndex(root).pages) {
    const reviewed = new Date(String(page.data.lastReviewed));
    if (!Number.isNaN(reviewed.getTime())) dates.set(page.url, isoDay(reviewed));
  }
  return dates;
}

/** @astrojs/sitemap's serialize: a page's <lastmod> is its review date; pages without one (search) get none. */
export function withReviewDate(dates: ReadonlyMap<string, string>) {
  return <Item extends { url: string; lastmod?: string }>(item: Item): Item => {
    const lastmod = dates.get(new URL(item.url).pathname);
    return lastmod ? { ...item, lastmod } : item;
  };
}
