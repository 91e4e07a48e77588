/**
 * Measurements the benchmarks share, each taken on a built site served on 127.0.0.1 in headless Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { searchBundle, SEARCH_FOLDER } from '../../src/lib/search-bundles.ts';
import { PHONE } from './browser.ts';
import { serveStatic } from './serve-static.ts';

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Time from navigation to every marker placed on /map/ (median of `loads`), and the map data's size. */
export async function measureMap(browser: Browser, dist: string, loads = 5) {
  const data = readFileSync(join(dist, 'map/campaigns.json'));
  const server = await serveStatic(dist);
  const times: number[] = [];
  let shown = 0;
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/map/`);
    await page.waitForSelector('campaign-map[data-phase="ready"]', { timeout: 120_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('campaign-map:markers')[0]!.startTime));
    shown = Number(await page.getAttribute('campaign-map', 'data-shown'));
    await context.close();
  }
  await server.close();
  return { times, median: median(times), shown, dataBytes: data.length, dataGzip: gzipSync(data).length };
}

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

/**
 * What a reader's first search for "council" downloads from the search bundles, as a host sends it: text (the scripts,
 * the entry file) gzipped, as static hosts serve it; Pagefind's index files and its WebAssembly come compressed
 * already. Counted until the results are on screen and the network is quiet, and on a wide screen, where the
 * filters are open, until their counts are shown too.
 */
async function firstSearchBytes(browser: Browser, url: string, wide: boolean): Promise<number> {
  const context = await browser.newContext(wide ? { viewport: { width: 1280, height: 900 } } : PHONE);
  const page = await context.newPage();
  let fetched = 0;
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith(`/${SEARCH_FOLDER}/`)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched += /\.(js|json)$/.test(pathname) ? gzipSync(body).length : body.length;
  });
  await page.goto(`${url}/search/?q=council`);
  await page.waitForSelector(`site-search[data-phase="done"]${wide ? '[data-counts="shown"]' : ''}`, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  return fetched;
}

/**
 * The search index's size, what a first search downloads on a phone and on a wide screen, and the time to search
 * and load the first page of results (median of `words.length` queries).
 */
export async function measureSearch(browser: Browser, dist: string, words: readonly string[]) {
  const index = folderBytes(join(dist, SEARCH_FOLDER));
  const server = await serveStatic(dist);
  const firstSearch = {
    phone: await firstSearchBytes(browser, server.url, false),
    wide: await firstSearchBytes(browser, server.url, true),
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/search/`);
  const times: number[] = await page.evaluate(
    `(async (words) => {
      const pagefind = await import('/${searchBundle('en')}pagefind.js');
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
  return { indexBytes: index.total, indexFiles: index.files, firstSearch, times, median: median(times) };
}

/** Words that occur in the made-up pages: city names from their titles, and everyday words. */
export function searchWords(dist: string, count = 20): string[] {
  const titles: string[] = JSON.parse(readFileSync(join(dist, 'map/campaigns.json'), 'utf8')).campaigns.map(
    (row: string[]) => row[1],
  );
  const cities = titles.slice(0, 12).map((title) => title.split(' in ').at(-1)!);
  return [...cities, 'council', 'divest', 'resolution', 'benchmark', 'police', 'group', 'asked', 'involved'].slice(
    0,
    count,
  );
}

/** A page's HTML and the CSS it links, gzipped: what a phone downloads before it can draw the page. */
export function pageWeight(dist: string, path: string): { html: number; css: number } {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (sum, [, href]) => sum + gzipSync(readFileSync(join(dist, href!))).length,
    0,
  );
  return { html: gzipSync(html).length, css };
}
