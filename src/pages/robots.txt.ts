/** robots.txt: everything may be crawled except the embeds, and here is the sitemap. */
import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /embed/', `Sitemap: ${absoluteUrl(`/${SITEMAP_INDEX}`)}`, ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
