// Absolute addresses on the configured site; a content page's own path is collections/urls.ts's.

/** The configured public address (astro.config.mjs `site`), or localhost for a build that sets none (the test fixtures). */
export function siteUrl(site: URL | undefined): URL {
  return site ?? new URL('http://localhost/');
}

/** Absolute URL for canonical links, feeds and clinic snippets. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
