/**
 * Moves each language's not-found page from 404/index.html to 404.html (dist/404.html, dist/es/404.html,
 * dist/ar/404.html). Every static host serves the root one for a missing address; hosts that look for the nearest
 * 404.html up the folder tree (Cloudflare Pages) serve the Spanish and Arabic ones under /es/ and /ar/.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales.ts';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'cities-for-palestine:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of LOCALE_CODES) {
          const folder = new URL(locale === DEFAULT_LOCALE ? '404/' : `${locale}/404/`, dir);
          const page = new URL('index.html', folder);
          if (!existsSync(page)) throw new Error(`The not-found page ${page.pathname} was not built.`);
          renameSync(page, new URL('../404.html', folder));
          rmdirSync(folder);
        }
      },
    },
  };
}
