/**
 * Writes the sitemap after the build (see src/lib/sitemap.ts): every page but the embeds, which are for other
 * sites' frames, and the not-found pages. Each page names its copies in the other languages in its own head
 * (hreflang links), so the sitemap lists addresses only. @astrojs/sitemap did the same in about 2 s at 5,000
 * campaigns; this takes about 20 ms.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { isLocalizedPage, splitLocale } from '../i18n/locales.ts';
import { sitemapFiles } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Pages, not files (data, feeds, images), and not the embeds or the not-found pages, in any language. */
function listed(pathname: string): boolean {
  const { path } = splitLocale(`/${pathname}`);
  return isLocalizedPage(path) && !path.startsWith('/embed/') && path !== '/404/';
}

export function sitemap(): AstroIntegration {
  return {
    name: 'cities-for-palestine:sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const urls = pages
          .filter(({ pathname }) => listed(pathname))
          .map(({ pathname }) => absoluteUrl(`/${pathname}`));
        const files = sitemapFiles(urls, (file) => absoluteUrl(`/${file}`));
        for (const [name, text] of files) writeFileSync(new URL(name, dir), text);
      },
    },
  };
}
