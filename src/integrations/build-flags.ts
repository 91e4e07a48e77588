/**
 * Environment variables with which `npm run build` (scripts/build.ts) tells Astro's integrations what it does itself.
 * They live apart from the integrations so that the build script can name them without loading the integrations'
 * own imports: the content checks alone hold ~140 MB, which the build script would keep beside Astro's memory.
 */

/** The content is checked on another thread while Astro starts (src/integrations/content-integrity.ts). */
export const CONTENT_CHECKED = 'CONTENT_CHECKED';

/** The search index is made by the build script, language by language (src/integrations/search-index.ts). */
export const SEARCH_INDEX_FOLLOWS = 'SEARCH_INDEX_FOLLOWS';
