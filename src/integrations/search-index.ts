/**
 * The Pagefind search index. `npm run build` (scripts/build.ts) makes it with Pagefind's command line over the
 * finished site once Astro has exited (`indexSite`), so that Astro's memory and Pagefind's are never held at once.
 * `astro build` on its own makes no index, and this integration says so.
 *
 * Pagefind reads only what the pages mark `data-pagefind-body`. Handing it those parts while Astro rendered (cut
 * out of each page by a middleware) made Pagefind faster but Astro slower by more: at 5,000 campaigns the build
 * took 132 to 133 s that way, 120 to 122 s this way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The environment variable with which `npm run build` tells Astro that the search index follows it. */
export const SEARCH_INDEX_FOLLOWS = 'SEARCH_INDEX_FOLLOWS';

/**
 * Labels in fact lists ("Place", "Level") are interface words on every page, and Pagefind would run each into the
 * value beside it ("PlaceBrunswick"), so a search for the place would miss it.
 */
export const SEARCH_EXCLUDED = ['dl.fact-list dt'];

export function searchIndex(): AstroIntegration {
  return {
    name: 'cities-for-palestine:search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env[SEARCH_INDEX_FOLLOWS]) {
          logger.warn('This build has no search index: build with npm run build, which makes one.');
        }
      },
    },
  };
}

/** Runs Pagefind's command line over a built site, writing the index into its pagefind/ folder; says how it went. */
export function indexSite(site: string): { ok: boolean; message: string } {
  const cli = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
  if (!existsSync(cli))
    return { ok: false, message: `Pagefind is not installed (no ${cli}). Run npm install, then build again.` };
  const started = performance.now();
  const args = [
    '--site',
    site,
    '--output-path',
    join(site, 'pagefind'),
    '--exclude-selectors',
    SEARCH_EXCLUDED.join(', '),
  ];
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) return { ok: false, message: `Pagefind could not index the site:\n${log || run.error}` };
  const count = [...log.matchAll(/Indexed (\d+) pages?/g)].at(-1)?.[1] ?? 'the';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { ok: true, message: `Indexed ${count} pages for search in ${seconds} s.` };
}
