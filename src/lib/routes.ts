/**
 * The site's pages that don't come from a content entry, and the address of every page that does. Content links
 * are checked against these, so a link in a toolkit can't point at a page that doesn't exist.
 */
import { LOCALE_CODES, localizePath, toLocale } from '../i18n/locales.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { SITEMAP_INDEX } from './sitemap.ts';
import { SEARCH_FOLDER } from './search-bundles.ts';

/** Index pages and other fixed pages, by path. */
export const FIXED_PAGES = [
  '/',
  '/campaigns/',
  '/map/',
  '/search/',
  '/data/',
  '/embed/map/',
  '/wins/',
  '/toolkits/',
  '/companies/',
  '/issues/',
  '/states/',
] as const;

/**
 * Names a page in content/pages/ can't have, because the address is taken: the site's own sections and files
 * (`/search/`, `/map/`, `/schemas/`, `/pagefind/`...) and the language codes (`/es/` is the Spanish home page). A
 * test keeps this list in step with the routes in src/pages/.
 */
export const RESERVED_PAGE_NAMES: readonly string[] = [
  ...FIXED_PAGES.map((path) => path.split('/')[1]!).filter(Boolean),
  'embed',
  'schemas',
  'social',
  SEARCH_FOLDER,
  '_astro',
  '404',
  'robots.txt',
  SITEMAP_INDEX,
  'favicon.svg',
  ...LOCALE_CODES,
];

/**
 * The path of an entry's page. Pages in content/pages/ sit at the top level: /about/. A translation
 * (`es/toolkits/start-a-municipal-campaign`) is its original's page in its language: /es/toolkits/….
 */
export function entryPath(collection: CollectionName, slug: string): string {
  if (collection === 'translations') {
    const [language, original = '', ...rest] = slug.split('/');
    return localizePath(entryPath(original as CollectionName, rest.join('/')), toLocale(language));
  }
  return collection === 'pages' ? `/${slug}/` : `/${collection}/${slug}/`;
}

/** The path of a state's page: /states/nc/. */
export function statePath(code: string): string {
  return `/states/${code.toLowerCase()}/`;
}

/** A site path without its query and fragment, with the trailing slash the site always uses. */
export function normalizePath(path: string): string {
  const bare = path.replace(/[?#].*$/, '');
  return bare.endsWith('/') ? bare : `${bare}/`;
}
