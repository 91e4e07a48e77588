/**
 * The Pagefind search index, in two steps so that `npm run build` always ships search without holding Astro's
 * memory and Pagefind's at once:
 * 1. while Astro renders, the site's middleware hands each page to this integration, which keeps only what
 *    Pagefind reads (src/lib/search-html.ts: the language, the title and the parts marked `data-pagefind-body`)
 *    in a folder of its own, about a fifth of each page;
 * 2. once Astro has exited, scripts/build.ts runs Pagefind's command line over that folder (`indexSearchPages`).
 * At 5,000 campaigns, Pagefind reading every finished page took 12 to 19 s; reading the kept parts takes 8 to 10.
 *
 * `astro build` alone builds no index; `npm run build` says where the pages are kept through SEARCH_PAGES.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchableHtml } from '../lib/search-html.ts';
import { setSearchPageWriter } from './search-pages.ts';

/** The environment variable naming the folder where a build keeps each page's searchable part. */
export const SEARCH_PAGES = 'SEARCH_PAGES';

/**
 * Labels in fact lists ("Place", "Level") are interface words on every page, and Pagefind would run each into the
 * value beside it ("PlaceBrunswick"), so a search for the place would miss it.
 */
export const SEARCH_EXCLUDED = ['dl.fact-list dt'];

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'cities-for-palestine:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ logger }) => {
        const folder = process.env[SEARCH_PAGES];
        if (!folder) {
          logger.warn('This build has no search index: build with npm run build, which makes one.');
          return;
        }
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        setSearchPageWriter(async (address, html) => {
          const content = searchableHtml(html);
          if (content === undefined) return;
          // Files sit where they sit in dist/, without the base path, so Pagefind gives the addresses it gives
          // there; its script adds the base.
          const path = address.startsWith(base) ? address.slice(base.length) : address.replace(/^\//, '');
          const file = join(folder, path.endsWith('/') || path === '' ? `${path}index.html` : path);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, content);
        });
      },
      'astro:build:done': () => setSearchPageWriter(undefined),
    },
  };
}

/** Runs Pagefind's command line over the kept pages, writing the index into `output`; says how it went. */
export function indexSearchPages(pages: string, output: string): { ok: boolean; message: string } {
  const cli = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
  const started = performance.now();
  const args = ['--site', pages, '--output-path', output, '--exclude-selectors', SEARCH_EXCLUDED.join(', ')];
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) return { ok: false, message: `Pagefind could not index the site:\n${log || run.error}` };
  const count = [...log.matchAll(/Indexed (\d+) pages?/g)].at(-1)?.[1] ?? 'the';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { ok: true, message: `Indexed ${count} pages for search in ${seconds} s.` };
}
