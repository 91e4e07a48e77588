/**
 * The site's languages and the rules for their addresses. English lives at the root (`/campaigns/`), every other
 * language under its code (`/es/campaigns/`, `/ar/campaigns/`). Pages and feeds are localized; other files (data,
 * map data, the search bundle, images) have one address for every language, so a path with a file extension never
 * gets a language prefix unless it is a feed (`/es/wins/feed.xml`).
 *
 * Plain TypeScript, no Astro: the config, pages, scripts and tests all import it.
 */
export const LOCALES = {
  en: { name: 'English', dir: 'ltr', intl: 'en-US' },
  es: { name: 'Español', dir: 'ltr', intl: 'es-US' },
  // Western digits in Arabic, so votes, years and counts read the same as in the sources the pages cite.
  ar: { name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}

/** The `lang` route parameter of each language's copy of a page: none for English, the code for the others. */
export function localeParams(): { lang: string | undefined }[] {
  return LOCALE_CODES.map((locale) => ({ lang: locale === DEFAULT_LOCALE ? undefined : locale }));
}

/** The language of the `lang` route parameter (`Astro.params.lang`); English where there is none. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const isFile = (path: string) => /\.[a-z0-9]+$/i.test(path.replace(/[?#].*$/, ''));

/** Whether a site path is a page built in every language, rather than a file (`/404.html`, `/data/wins.csv`). */
export function isLocalizedPage(path: string): boolean {
  return path.startsWith('/') && !isFile(path);
}

/** Feeds are files, but each language has its own, with titles and summaries in that language. */
const isFeed = (path: string) => path.startsWith('/') && /\/feed\.xml$/.test(path.replace(/[?#].*$/, ''));

/**
 * A site path (without the base) in a language: `localizePath('/map/', 'es')` → `/es/map/`, and
 * `/wins/feed.xml` → `/es/wins/feed.xml`. Other files stay as they are.
 */
export function localizePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !(isLocalizedPage(path) || isFeed(path))) return path;
  return `/${locale}${path}`;
}

/** The language of a site path and the same path in English: `/ar/map/` → `{ locale: 'ar', path: '/map/' }`. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const [, first, rest] = /^\/([^/?#]+)(.*)$/.exec(path) ?? [];
  if (isLocale(first) && first !== DEFAULT_LOCALE)
    return { locale: first, path: rest?.startsWith('/') ? rest : `/${rest ?? ''}` };
  return { locale: DEFAULT_LOCALE, path };
}

/**
 * A page's static paths once per language, for the pages under src/pages/[...lang]/:
 * `getStaticPaths = () => inEveryLocale(campaigns.map(...))`, or `inEveryLocale()` for a page with no parameters.
 */
export function inEveryLocale<Path extends { params: Record<string, string | undefined> }>(
  paths: Path[] = [{ params: {} } as Path],
): (Path & { params: Path['params'] & { lang: string | undefined } })[] {
  return localeParams().flatMap(({ lang }) => paths.map((path) => ({ ...path, params: { ...path.params, lang } })));
}
