/**
 * The search index is one Pagefind bundle per language: `pagefind/en/`, `pagefind/es/`, `pagefind/ar/`. Pagefind
 * keeps each language's index apart in any case, and a page searches only its own language. Separate bundles let
 * the build index a language as soon as its pages are written, on the core Astro's rendering leaves idle, rather
 * than the whole site after Astro has finished (src/integrations/search-index.ts).
 *
 * Plain TypeScript, no Astro: the integration, the search page, the benchmark and the tests share these rules.
 */
import { DEFAULT_LOCALE, isLocale, isLocalizedPage, LOCALE_CODES, splitLocale, type Locale } from '../i18n/locales.ts';

/** Pagefind's output folder in the built site. */
export const SEARCH_FOLDER = 'pagefind';

/** A language's search bundle, from the site's root: `pagefind/es/`. */
export const searchBundle = (locale: Locale) => `${SEARCH_FOLDER}/${locale}/`;

/** The language of a page's path without the base (`/es/map/` → `es`); none for a file, which is every language's. */
export function pageLocale(path: string): Locale | undefined {
  return isLocalizedPage(path) ? splitLocale(path).locale : undefined;
}

/**
 * Paths in the order that lets each language's index start early: files first, then every page of the first
 * language, then every page of the next. The order within each group is kept.
 */
export function inLanguageOrder<Path extends { pathname: string }>(paths: readonly Path[]): Path[] {
  const rank = (path: Path) => {
    const locale = pageLocale(path.pathname);
    return locale ? LOCALE_CODES.indexOf(locale) : -1;
  };
  return paths
    .map((path) => ({ path, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ path }) => path);
}

/**
 * Pagefind's `--glob` for a language's pages, given the top-level folders of the built site: a language's own folder
 * for every language but the default, whose pages are everywhere else (and at the top: `index.html`). The search
 * bundles' folder holds no pages.
 */
export function languageGlob(locale: Locale, topFolders: readonly string[]): string {
  if (locale !== DEFAULT_LOCALE) return `${locale}/**/*.html`;
  const folders = topFolders.filter((name) => !isLocale(name) && name !== SEARCH_FOLDER);
  return `{${['*.html', ...folders.map((folder) => `${folder}/**/*.html`)].join(',')}}`;
}
