import type { APIRoute } from 'astro';
import { LOCALES, localePath } from '../site/locales';

// Everything is public except the clinic embeds, which duplicate the full pages.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\n${LOCALES.map((locale) => `Disallow: ${localePath(locale, 'embed')}\n`).join('')}\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
