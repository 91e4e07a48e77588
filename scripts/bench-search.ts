/**
 * `npm run bench:search`: how search copes with a large site. For each size it builds the site around N made-up
 * campaigns in a temporary folder (Pagefind indexes every page), then in headless Chromium reports the index's
 * size, the bytes a first search fetches, and how long a search takes (median of 20 queries: run the search and
 * load the first page of results, as the search page does).
 *
 *   npm run bench:search               # N = 1,000 and 5,000
 *   npm run bench:search -- 200        # other sizes
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite } from './lib/fake-content.ts';
import { serveStatic } from './lib/serve-static.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [1_000, 5_000];
const QUERIES = 20;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function folderBytes(path: string): { total: number; files: number } {
  let total = 0;
  let files = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { total, files };
}

const rows: string[] = [];
const browser = await launchBrowser();
for (const count of counts) {
  process.stdout.write(`N = ${count}: building the site… `);
  const build = await buildFakeSite(count);
  const index = folderBytes(join(build.dist, 'pagefind'));
  const server = await serveStatic(build.dist);

  process.stdout.write('first search… ');
  const context = await browser.newContext();
  const page = await context.newPage();
  let fetched = 0;
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${server.url}/search/?q=council`);
  await page.waitForSelector('site-search[data-state="done"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');

  process.stdout.write('queries… ');
  // Words that occur in the made-up pages: city names from their titles, and everyday words.
  const titles: string[] = JSON.parse(readFileSync(join(build.dist, 'map/campaigns.json'), 'utf8')).campaigns.map(
    (row: string[]) => row[1],
  );
  const cities = titles.slice(0, 12).map((title) => title.split(' in ').at(-1)!);
  const words = [
    ...cities,
    'council',
    'divest',
    'resolution',
    'benchmark',
    'police',
    'group',
    'asked',
    'involved',
  ].slice(0, QUERIES);
  const times: number[] = await page.evaluate(
    `(async (words) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const times = [];
      for (const word of words) {
        const started = performance.now();
        const found = await pagefind.search(word);
        await Promise.all(found.results.slice(0, 15).map((result) => result.data()));
        times.push(performance.now() - started);
      }
      return times;
    })(${JSON.stringify(words)})`,
  );
  await context.close();
  await server.close();
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${kb(index.total)} in ${index.files.toLocaleString('en-US')} files | ${kb(fetched)} | ${median(times).toFixed(1)} ms | ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms | ${build.seconds.toFixed(1)} s |`,
  );
  console.log('done');
}
await browser.close();

console.log(`
Search over N made-up campaigns (plus the fixture site's pages), headless Chromium:

| campaigns | index on disk | fetched by a first search | search + first 15 results, median of ${QUERIES} | range | site build |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
