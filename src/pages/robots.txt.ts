import type { APIRoute } from 'astro';

// Everything is public except the clinic embeds, which duplicate the full pages.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /embed/\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
