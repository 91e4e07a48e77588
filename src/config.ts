/**
 * Site settings, in one place. Each can be overridden by an environment variable when building, so a fork or a
 * preview deploy changes them without editing code.
 *
 * This is plain TypeScript: astro.config.mjs, pages, scripts and tests all import it.
 */
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

/** Trailing slashes removed, so paths can be appended with a single "/". */
const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const site = {
  /** The site's name, in the header, titles and feeds. */
  name: 'Cities for Palestine',
  /** Where the built site is published; canonical links and feeds use it. */
  url: trimSlash(env.SITE_URL ?? 'https://cities-for-palestine.github.io'),
  /** The path the site is served under: "/" at a domain's root, "/cities-for-palestine/" under a project page. */
  base: env.BASE_PATH ?? '/',
  /** The public repository that holds the content; "edit" and "suggest a correction" links open it. */
  repository: trimSlash(env.REPOSITORY_URL ?? 'https://github.com/cities-for-palestine/cities-for-palestine'),
  /** The branch contributions go to. */
  branch: env.REPOSITORY_BRANCH ?? 'main',
  /**
   * The OAuth server the editor at /admin/ signs in to GitHub through (README, "The editor at /admin/"). Unset, it
   * is Netlify's, for a site deployed there.
   */
  editorAuthUrl: env.CMS_AUTH_URL || undefined,
  /**
   * Raster map tiles under the vector basemap, as a Leaflet URL template, or "none" to draw the state outlines
   * only. Off by default: tiles are a third-party request, and the map works without them.
   */
  tileUrl: env.PUBLIC_TILE_URL ?? 'none',
  /** Attribution shown with the tiles, required by OpenStreetMap's tile policy. */
  tileAttribution: env.PUBLIC_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors',
  /**
   * How people reach the organization running the site, besides the repository: an e-mail address and a contact
   * form's https address. Either can be left unset; when both are, campaign pages point to the repository's issues.
   */
  contact: {
    email: env.CONTACT_EMAIL || undefined,
    form: env.CONTACT_FORM_URL || undefined,
  },
  /**
   * How many entries each RSS feed carries, the newest: a reader fetches a feed again and again and keeps what it
   * has seen, so a feed of every campaign would grow to megabytes for nothing. The open data holds every entry.
   */
  feedLength: 50,
  /** The folder content is read from, relative to the project root. */
  contentDir: 'content',
  /** The licenses, shown in the footer, on /data/ and in the README. */
  license: {
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    content: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  },
} as const;
