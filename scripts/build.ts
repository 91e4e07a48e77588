/**
 * `npm run build`: builds the site into a new folder beside dist/ and puts it in place only when the whole build,
 * the search index included, has succeeded. A failed build leaves the last good dist/ exactly as it was, so a host
 * that publishes dist/ never publishes a broken or half-written site. Arguments are passed on to `astro build`.
 *
 * The content is checked on another thread while Astro starts, and Astro's output is held back until the checks
 * have passed, so a broken file stops the build with the checks' report and nothing else
 * (src/integrations/content-integrity.ts). The search index is made language by language: the first while Astro
 * renders the others, the others once Astro has exited (src/integrations/search-index.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_CHECKED, SEARCH_INDEX_FOLLOWS } from '../src/integrations/build-flags.ts';
import { LanguageIndexes, unindexedLanguages } from '../src/integrations/search-index.ts';
import { ALLOCATOR_ENV } from './lib/allocator.ts';
import { checkContentAside } from './lib/content-checks.ts';

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
const checks = checkContentAside(root);
const build = spawn(process.execPath, [astro, 'build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Astro's output passes through this process: it keeps its colours on a terminal. A value the caller sets wins.
  env: {
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
    ...ALLOCATOR_ENV,
    ...process.env,
    [CONTENT_CHECKED]: '1',
    [SEARCH_INDEX_FOLLOWS]: '1',
  },
});
const exited = new Promise<number | null>((resolve) => build.on('close', resolve));
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [
  [build.stdout, process.stdout],
  [build.stderr, process.stderr],
] as const)
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));

async function stopAstro(message: string): Promise<never> {
  build.kill();
  await exited;
  console.error(message);
  fail(1);
}

const { errors, warnings } = await checks.catch((error: unknown) =>
  stopAstro(`The content checks could not run: ${error instanceof Error ? error.message : String(error)}`),
);
if (errors) await stopAstro(errors);
if (warnings) console.warn(warnings);
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);
const status = await exited;
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
