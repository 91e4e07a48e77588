/**
 * `npm run bench:map`: how the map copes with many campaigns. For each size it builds the site around N
 * made-up campaigns in a temporary folder, then loads /map/ in headless Chromium and reports the map data's size
 * and the time from navigation to every marker placed (median of five loads).
 *
 *   npm run bench:map                # N = 100, 1,000 and 10,000
 *   npm run bench:map -- 500 2000    # other sizes
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite } from './lib/fake-content.ts';
import { serveStatic } from './lib/serve-static.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1_000, 10_000];
const LOADS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows: string[] = [];
const browser = await launchBrowser();
for (const count of counts) {
  process.stdout.write(`N = ${count}: building the site… `);
  const build = await buildFakeSite(count);
  const dataFile = join(build.dist, 'map/campaigns.json');
  const data = readFileSync(dataFile);
  const server = await serveStatic(build.dist);
  process.stdout.write('loading the map');
  const times: number[] = [];
  let shown = '';
  for (let load = 0; load < LOADS; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/map/`);
    await page.waitForSelector('campaign-map[data-state="ready"]', { timeout: 120_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('campaign-map:markers')[0]!.startTime));
    shown = (await page.getAttribute('campaign-map', 'data-shown')) ?? '';
    await context.close();
    process.stdout.write('.');
  }
  await server.close();
  // The fixture site adds one real-looking campaign to the made-up ones.
  if (Number(shown) !== count + 1) throw new Error(`The map showed ${shown} markers for ${count + 1} campaigns.`);
  const perCampaign = gzipSync(data).length / (count + 1);
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${kb(statSync(dataFile).size)} | ${kb(gzipSync(data).length)} | ${perCampaign.toFixed(0)} B | ${median(times).toFixed(0)} ms | ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms | ${build.seconds.toFixed(1)} s |`,
  );
  console.log(' done');
}
await browser.close();

console.log(`
Map with N made-up campaigns, tiles off, headless Chromium, median of ${LOADS} loads:

| campaigns | map data | gzipped | gzipped per campaign | navigation → all markers placed | range | site build |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
