// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/config.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { contentGuardForBuild } from './src/lib/content-guard.ts';
import { contentLinks } from './src/lib/content-links.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentSecurityPolicy } from './src/lib/security.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cmsEditor } from './src/integrations/cms-editor.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // English at the root, Spanish under /es/ and Arabic under /ar/. Pages are generated once per language by
  // src/pages/[...lang]/; files (data, map data, feeds, the search bundle) have one address for all.
  i18n: { locales: LOCALE_CODES, defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Pages render four at a time: each waits on its file write, and more in flight keep Astro's one thread busy. At
  // 5,000 campaigns × 3 languages, four against two took 1.4-4.6 s off each of three alternated pairs of builds and cut
  // Astro's CPU time, with the same peak memory; eight measured the same as four.
  // Stylesheets are inlined: the shared one is under 2 KB gzipped, and a phone on a slow network paints sooner
  // without a render-blocking request (Lighthouse measured ~150 ms on every page).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // Markdown and MDX share this processor. The content guard stops the build on any import, expression, unknown
  // component or raw HTML in a content file (see src/lib/content-guard.ts).
  // contentLinks adds rel="noopener noreferrer" to links to other sites, and the base path to links to this one.
  // Code blocks in content are templates to copy, not code to read: plain text in the site's own colours, which
  // keep their contrast in both colour schemes (a highlighting theme's token colours don't).
  markdown: {
    processor: satteri({ mdastPlugins: [contentGuardForBuild], hastPlugins: [contentLinks(site.base)] }),
    syntaxHighlight: false,
  },
  integrations: [contentIntegrity(), mdx(), sitemap(), notFoundPages(), searchIndex(), securityHeaders(), cmsEditor()],
  devToolbar: { enabled: false },
  // Astro's default, node_modules/.astro, is shared by every temporary project the tests and benchmarks build,
  // because they link to this node_modules: two builds at once would read and write one content store.
  cacheDir: './.cache/astro',
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a directive the bundler warns about, once per content file, burying
        // real warnings; the directive is Astro's own and harmless (withastro/astro#18087, open).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // A strict Content-Security-Policy on every page: Astro hashes the scripts and styles it emits; everything else
  // comes from this site only (see src/lib/security.ts). securityHeaders() writes the same policy into _headers.
  security: { csp: contentSecurityPolicy(site.tileUrl) },
});
