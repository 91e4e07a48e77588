/**
 * `npm run build`: builds the site into a new folder beside dist/ and puts it in place only when the whole build,
 * the search index included, has succeeded. A failed build leaves the last good dist/ exactly as it was, so a host
 * that publishes dist/ never publishes a broken or half-written site. Arguments are passed on to `astro build`.
 *
 * The search index is made language by language, mostly while Astro renders; the last language once Astro has
 * exited (src/integrations/search-index.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LanguageIndexes, SEARCH_INDEX_FOLLOWS, unindexedLanguages } from '../src/integrations/search-index.ts';
import { ALLOCATOR_ENV } from './lib/allocator.ts';

const root = process.cwd();
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const dist = join(root, 'dist');
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');
const remove = (path: string) => rmSync(path, { recursive: true, force: true });

function fail(status: number | null): never {
  remove(next);
  console.error(
    existsSync(dist) ? '\nThe build failed, so dist/ still holds the last site that built.' : '\nThe build failed.',
  );
  process.exit(status || 1);
}

remove(next);
const { status } = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: 'inherit',
  // A value the caller sets for the allocator wins.
  env: { ...ALLOCATOR_ENV, ...process.env, [SEARCH_INDEX_FOLLOWS]: '1' },
});
if (status !== 0) fail(status);
const search = await new LanguageIndexes(next).results(unindexedLanguages(next));
if (!search.ok) {
  console.error(search.message);
  fail(1);
}
console.log(search.message);
remove(previous);
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
remove(previous);
