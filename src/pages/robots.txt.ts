import type { APIRoute } from 'astro';
import { withBase } from '../language/locales';
import { absoluteUrl, siteUrl } from '../site/routes';

// Everything may be crawled. The clinic embeds copy the full pages, so they say noindex (meta tag and
// X-Robots-Tag header), which crawlers can only see if robots.txt lets them fetch the embeds.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl(site), withBase('/sitemap-index.xml'))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
