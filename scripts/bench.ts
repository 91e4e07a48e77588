/**
 * `npm run bench`: the site at scale, in one run. For N made-up campaigns (1,000, 5,000 and 10,000 by default),
 * written into temporary folders, it measures:
 * - the full build (Astro, the content checks and Pagefind) against a fair floor, in the same run, as a ratio (the
 *   goal is under 1.5): a content collection on the very same campaign files with one dynamic route that renders
 *   each of them in every language the site has, with no layout, then Pagefind (see buildFloorSite);
 * - peak memory of both;
 * - page weights (HTML and CSS, gzipped) of a campaign page, the directory and the map;
 * - the time from navigation to every marker on the map;
 * - what a reader's first search downloads, on a phone and on a wide screen, and search latency (median of 20
 *   queries).
 * It prints a Markdown table.
 *
 *   npm run bench
 *   npm run bench -- 200 2000
 */
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite, buildFloorSite } from './lib/fake-content.ts';
import { kb, measureMap, measureSearch, pageWeight, searchWords } from './lib/measure.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [1_000, 5_000, 10_000];
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);
const weight = (sizes: { html: number; css: number }) => kb(sizes.html + sizes.css);

const rows: string[] = [];
const browser = await launchBrowser();
for (const count of counts) {
  process.stdout.write(`N = ${count.toLocaleString('en-US')}: site build… `);
  const site = await buildFakeSite(count);
  process.stdout.write(`${site.seconds.toFixed(1)} s; floor build… `);
  const floor = await buildFloorSite(site, count);
  process.stdout.write(`${floor.seconds.toFixed(1)} s; map… `);
  const map = await measureMap(browser, site.dist, 3);
  process.stdout.write('search… ');
  const search = await measureSearch(browser, site.dist, searchWords(site.dist));
  rows.push(
    [
      count.toLocaleString('en-US'),
      `${site.seconds.toFixed(1)} s`,
      `${floor.seconds.toFixed(1)} s`,
      `${(site.seconds / floor.seconds).toFixed(2)}×`,
      mb(site.peakMb),
      mb(floor.peakMb),
      weight(pageWeight(site.dist, 'campaigns/made-up-campaign-1')),
      weight(pageWeight(site.dist, 'campaigns')),
      weight(pageWeight(site.dist, 'map')),
      `${map.median.toFixed(0)} ms`,
      `${kb(search.firstSearch.phone)} / ${kb(search.firstSearch.wide)}`,
      `${search.median.toFixed(1)} ms`,
    ].join(' | '),
  );
  console.log('done');
}
await browser.close();

console.log(`
The site with N made-up campaigns (each with a page in ${LOCALE_CODES.length} languages), on this machine, one run (page\nweights are HTML and CSS, gzipped):

| campaigns | build with Pagefind | floor: a collection and one route per language, with Pagefind | ratio | peak memory | floor peak memory | campaign page | directory | map page | map: all markers placed | first search downloads: phone / wide screen with filter counts | search: median of 20 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row} |`).join('\n')}
`);
