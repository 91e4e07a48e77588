/**
 * During `npm run build`, hands every rendered page to the search index (see src/integrations/search-index.ts).
 * In `astro dev` there is no index, and this passes pages through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchPageWriter } from './integrations/search-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const write = searchPageWriter();
  if (!write || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await write(context.url.pathname, html);
  return new Response(html, response);
});
