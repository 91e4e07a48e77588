/**
 * `npm run bench:map`: how the map copes with many campaigns. For each size it builds the site around N
 * made-up campaigns in a temporary folder, then loads /map/ in headless Chromium and reports the map data's size
 * and the time from navigation to every marker placed (median of five loads). `npm run bench` runs this and more.
 *
 *   npm run bench:map                # N = 100, 1,000 and 10,000
 *   npm run bench:map -- 500 2000    # other sizes
 */
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite } from './lib/fake-content.ts';
import { kb, measureMap } from './lib/measure.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1_000, 10_000];

const rows: string[] = [];
const browser = await launchBrowser();
for (const count of counts) {
  process.stdout.write(`N = ${count}: building the site… `);
  const build = await buildFakeSite(count);
  process.stdout.write('loading the map… ');
  const map = await measureMap(browser, build.dist);
  // The fixture site adds one real-looking campaign to the made-up ones.
  if (map.shown !== count + 1) throw new Error(`The map showed ${map.shown} markers for ${count + 1} campaigns.`);
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${kb(map.dataBytes)} | ${kb(map.dataGzip)} | ${(map.dataGzip / (count + 1)).toFixed(0)} B | ${map.median.toFixed(0)} ms | ${Math.min(...map.times).toFixed(0)}–${Math.max(...map.times).toFixed(0)} ms | ${build.seconds.toFixed(1)} s |`,
  );
  console.log('done');
}
await browser.close();

console.log(`
Map with N made-up campaigns, tiles off, headless Chromium, median of 5 loads:

| campaigns | map data | gzipped | gzipped per campaign | navigation → all markers placed | range | site build |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
