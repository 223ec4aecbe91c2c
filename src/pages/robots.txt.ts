import type { APIRoute } from 'astro';
import { LOCALES, localePath, withBase } from '../site/locales';
import { absoluteUrl } from '../site/routes';

// Everything is public except the clinic embeds, which duplicate the full pages.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\n${LOCALES.map((locale) => `Disallow: ${localePath(locale, 'embed')}\n`).join('')}\nSitemap: ${absoluteUrl(site ?? 'http://localhost/', withBase('/sitemap-index.xml'))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
