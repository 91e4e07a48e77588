/**
 * `npm run bench:search`: how search copes with a large site. For each size it builds the site around N made-up
 * campaigns in a temporary folder (Pagefind indexes every page), then in headless Chromium reports the index's
 * size, what a first search downloads (on a phone and on a wide screen), and how long a search takes (median of 20 queries: run the search and
 * load the first page of results, as the search page does). `npm run bench` runs this and more.
 *
 *   npm run bench:search               # N = 1,000 and 5,000
 *   npm run bench:search -- 200        # other sizes
 */
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite } from './lib/fake-content.ts';
import { kb, measureSearch, searchWords } from './lib/measure.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [1_000, 5_000];

const rows: string[] = [];
const browser = await launchBrowser();
for (const count of counts) {
  process.stdout.write(`N = ${count}: building the site… `);
  const build = await buildFakeSite(count);
  process.stdout.write('searching… ');
  const search = await measureSearch(browser, build.dist, searchWords(build.dist));
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${kb(search.indexBytes)} in ${search.indexFiles.toLocaleString('en-US')} files | ${kb(search.firstSearch.phone)} / ${kb(search.firstSearch.wide)} | ${search.median.toFixed(1)} ms | ${Math.min(...search.times).toFixed(1)}–${Math.max(...search.times).toFixed(1)} ms | ${build.seconds.toFixed(1)} s |`,
  );
  console.log('done');
}
await browser.close();

console.log(`
Search over N made-up campaigns (plus the fixture site's pages), headless Chromium:

| campaigns | index on disk | first search downloads: phone / wide screen | search + first 15 results, median of 20 | range | site build |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
