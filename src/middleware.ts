/**
 * During `astro build`, hands every rendered page to the search index (see src/integrations/search-pages.ts).
 * In `astro dev` there is no index, and this passes pages through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchQueue } from './integrations/search-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const ticket = searchQueue()?.take();
  if (!ticket) return next();
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = await response.text();
    ticket.done({ path: context.url.pathname, html });
    return new Response(html, response);
  } finally {
    ticket.done();
  }
});
