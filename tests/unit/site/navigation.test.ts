import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionOfUrlFolder } from '../../../src/collections/registry';
import { en } from '../../../src/i18n/en';
import { footerNavigation, isCurrentNavItem, mainNavigation, type NavItem } from '../../../src/site/navigation';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

/** The content file a site path is built from: an index page, a collection entry, or a page of content/pages/. */
function sourceFileOf(href: string): string {
  const parts = href.split('/').filter(Boolean);
  const indexPage = join(CONTENT, COLLECTIONS.indexPages.contentFolder, 'en', `${parts[0] ?? 'home'}.yaml`);
  if (parts.length <= 1 && existsSync(indexPage)) return indexPage;
  const collection = parts.length === 2 ? collectionOfUrlFolder(parts[0]!) : 'pages';
  const slug = parts.at(-1) ?? '';
  return collection
    ? join(CONTENT, COLLECTIONS[collection].contentFolder, 'en', `${slug}.mdx`)
    : `${href} (no collection)`;
}

describe.each([
  ['main navigation', mainNavigation('en', en)],
  ['footer navigation', footerNavigation('en', en)],
] as Array<[string, NavItem[]]>)('the %s', (_, items) => {
  it('links each item once, with its own label, to a page the site builds from content/', () => {
    expect(new Set(items.map((item) => item.href)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.label)).size).toBe(items.length);
    for (const item of items) {
      expect(item.label.trim(), item.href).not.toBe('');
      expect(item.href).toMatch(/^\/[a-z0-9/-]*\/$/);
      expect(existsSync(sourceFileOf(item.href)), `${item.label} → ${item.href}: ${sourceFileOf(item.href)}`).toBe(
        true,
      );
    }
  });
});

describe('the current item', () => {
  it('is marked on its own pages only', () => {
    expect(isCurrentNavItem('/faqs/', '/faqs/is-it-painful/')).toBe(true);
    expect(isCurrentNavItem('/faqs/', '/side-effects/')).toBe(false);
    expect(isCurrentNavItem('/', '/faqs/')).toBe(false);
    expect(isCurrentNavItem('/', '/')).toBe(true);
  });
});
