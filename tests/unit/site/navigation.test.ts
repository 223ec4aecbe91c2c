import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { isCurrentNavItem, mainNavigation } from '../../../src/site/navigation';

describe('main navigation', () => {
  it('links every item to a language-prefixed page', () => {
    const items = mainNavigation('en', en);
    expect(items.length).toBeGreaterThan(4);
    for (const item of items) expect(item.href).toMatch(/^\/[a-z0-9/-]*\/$/);
  });

  it('marks a section as current on its own pages only', () => {
    expect(isCurrentNavItem('/faqs/', '/faqs/is-it-painful/')).toBe(true);
    expect(isCurrentNavItem('/faqs/', '/side-effects/')).toBe(false);
    expect(isCurrentNavItem('/', '/faqs/')).toBe(false);
    expect(isCurrentNavItem('/', '/')).toBe(true);
  });
});
