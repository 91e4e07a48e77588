/**
 * Builds the Pagefind search index over dist/ once Astro has written the site, so `npm run build` (and so
 * `npm start`) always ships search. Only the parts of pages marked `data-pagefind-body` are indexed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'cities-for-palestine:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        await close();
        const problems = [...errors, ...added.errors, ...written.errors];
        if (problems.length) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${added.page_count} pages for search in ${seconds} s.`);
      },
    },
  };
}
