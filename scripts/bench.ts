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
 * On a shared machine one build can take half again as long as the next, so `--runs` builds the site and the floor
 * that many times each, one after the other, and the table gives the fastest of each (the build's own cost, with
 * the least of the machine's other work in it), the ratio of the two, the lowest peak memory of each, and every
 * time and peak measured. A second table gives each build's own CPU time and the CPU time the rest of the machine
 * used while it ran, which says how quiet the machine was.
 *
 *   npm run bench
 *   npm run bench -- 200 2000
 *   npm run bench -- 5000 --runs 3
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { launchBrowser } from './lib/browser.ts';
import { buildFakeSite, buildFloorSite } from './lib/fake-content.ts';
import { kb, measureMap, measureSearch, pageWeight, searchWords } from './lib/measure.ts';

const { values: options, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '1' } },
  allowPositionals: true,
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs ${options.runs} is not a number of builds: give a whole number, such as --runs 3.`);
  process.exit(1);
}
const sizes = positionals.map(Number).filter((n) => n > 0);
const counts = sizes.length ? sizes : [1_000, 5_000, 10_000];
const weight = (sizes: { html: number; css: number }) => kb(sizes.html + sizes.css);

const rows: string[] = [];
/** One line per build pair: each build's time and CPU, and the CPU the rest of the machine used meanwhile. */
const runRows: string[] = [];
const browser = await launchBrowser();
const seconds = (value: number) => `${value.toFixed(1)} s`;
/**
 * The lowest of a measure over the runs, and every value when there were several. Peak memory moves between
 * identical builds too (2.0 or 2.4 GB for the site at 5,000 campaigns), so it is taken the same way as time.
 */
function lowest(values: (number | undefined)[], unit: string, digits: number): string {
  const measured = values.filter((value) => value !== undefined);
  if (measured.length === 0) return 'n/a';
  const low = `${Math.min(...measured).toFixed(digits)} ${unit}`;
  return measured.length === 1 ? low : `${low} (${measured.map((value) => value.toFixed(digits)).join(', ')})`;
}

/** A build's time, its own CPU time, and the CPU time the rest of the machine used while it ran. */
function timeAndCpu(build: { seconds: number; cpu: { own: number; others: number } | undefined }): string[] {
  return [
    seconds(build.seconds),
    build.cpu ? seconds(build.cpu.own) : 'n/a',
    build.cpu ? seconds(build.cpu.others) : 'n/a',
  ];
}

for (const count of counts) {
  process.stdout.write(`N = ${count.toLocaleString('en-US')}: `);
  const builds: {
    site: Awaited<ReturnType<typeof buildFakeSite>>;
    floor: Awaited<ReturnType<typeof buildFloorSite>>;
  }[] = [];
  for (let run = 1; run <= runs; run++) {
    // Only the last site is measured in the browser; earlier copies go at once, for the disk's sake.
    const earlier = builds.at(-1);
    if (earlier) for (const { root } of [earlier.site, earlier.floor]) rmSync(root, { recursive: true, force: true });
    process.stdout.write(`${runs > 1 ? `run ${run}/${runs}, ` : ''}site build… `);
    const site = await buildFakeSite(count);
    process.stdout.write(`${seconds(site.seconds)}; floor build… `);
    const floor = await buildFloorSite(site, count);
    process.stdout.write(`${seconds(floor.seconds)}; `);
    builds.push({ site, floor });
    runRows.push([count.toLocaleString('en-US'), run, ...[site, floor].flatMap(timeAndCpu)].join(' | '));
  }
  const { site } = builds.at(-1)!;
  const siteTimes = builds.map((build) => build.site.seconds);
  const floorTimes = builds.map((build) => build.floor.seconds);
  process.stdout.write('map… ');
  const map = await measureMap(browser, site.dist, 3);
  process.stdout.write('search… ');
  const search = await measureSearch(browser, site.dist, searchWords(site.dist));
  rows.push(
    [
      count.toLocaleString('en-US'),
      lowest(siteTimes, 's', 1),
      lowest(floorTimes, 's', 1),
      `${(Math.min(...siteTimes) / Math.min(...floorTimes)).toFixed(2)}×`,
      lowest(
        builds.map((build) => build.site.peakMb),
        'MB',
        0,
      ),
      lowest(
        builds.map((build) => build.floor.peakMb),
        'MB',
        0,
      ),
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
The site with N made-up campaigns (each with a page in ${LOCALE_CODES.length} languages), on this machine, ${runs === 1 ? 'one run' : `the fastest time and lowest peak of ${runs} runs`} (page\nweights are HTML and CSS, gzipped):

| campaigns | build with Pagefind | floor: a collection and one route per language, with Pagefind | ratio | peak memory | floor peak memory | campaign page | directory | map page | map: all markers placed | first search downloads: phone / wide screen with filter counts | search: median of 20 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row} |`).join('\n')}

Each build, with its own CPU time (every core, every process under it) and the CPU time the rest of the machine used
while it ran. On 2 cores a build that shares the machine slows down, the site (which indexes search on the second
core while Astro renders) more than the floor, so compare ratios from runs with little of the latter:

| campaigns | run | site build | its CPU | others' CPU meanwhile | floor build | its CPU | others' CPU meanwhile |
| --- | --- | --- | --- | --- | --- | --- | --- |
${runRows.map((row) => `| ${row} |`).join('\n')}
`);
