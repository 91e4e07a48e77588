/**
 * Builds the Pagefind search index during `astro build`, so `npm run build` (and so `npm start`) always ships
 * search. Only the parts of pages marked `data-pagefind-body` are indexed.
 *
 * Pagefind runs as a service beside the build: the site's middleware hands it each page as soon as Astro has
 * rendered it (src/integrations/search-pages.ts), cut down to what Pagefind reads (src/lib/search-html.ts), and
 * once Astro is done the index only has to be written. Reading the finished site back from disk with Pagefind's
 * command line took 12 to 19 s after Astro at 5,000 campaigns; writing takes about 9.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../lib/search-html.ts';
import { openSearchQueue } from './search-pages.ts';

/**
 * Labels in fact lists ("Place", "Level") are interface words on every page, and Pagefind would run each into the
 * value beside it ("PlaceBrunswick"), so a search for the place would miss it.
 */
export const SEARCH_EXCLUDED = ['dl.fact-list dt'];

export function searchIndex(): AstroIntegration {
  let base = '/';
  let index: pagefind.PagefindIndex | undefined;
  let close: (() => void) | undefined;
  const adding: Promise<void>[] = [];
  const problems: string[] = [];
  return {
    name: 'cities-for-palestine:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
        if (!created.index) throw new Error(`Pagefind could not start:\n${created.errors.join('\n')}`);
        const opened = created.index;
        index = opened;
        close = openSearchQueue((address, html) => {
          const content = searchableHtml(html);
          if (content === undefined) return;
          // Addresses in the index are inside the site, as Pagefind finds them in dist/; its script adds the base.
          const path = address.startsWith(base) ? `/${address.slice(base.length)}` : address;
          adding.push(
            opened.addHTMLFile({ url: path, content }).then(
              ({ errors }) => void problems.push(...errors.map((error) => `${path}: ${error}`)),
              (error: unknown) => void problems.push(`${path}: ${String(error)}`),
            ),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index || !close) throw new Error('The search index was never opened: astro:build:start did not run.');
        const started = performance.now();
        close();
        await Promise.all(adding);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        await pagefind.close();
        problems.push(...written.errors);
        if (problems.length) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${adding.length} pages for search; wrote the index in ${seconds} s.`);
      },
    },
  };
}
