/**
 * The site under a base path, as a GitHub project page serves it (https://owner.github.io/cities-for-palestine/):
 * every link, asset, feed and sitemap entry stays under the path, and the map, its data, near-me lookups and the
 * search bundle all load from it. Where the site sits is a matter of code, not content, so this builds the small
 * fixture site (tests/fixtures/minimal-site), which is quick.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site as settings } from '../../src/config.ts';
import { searchBundle } from '../../src/lib/search-bundles.ts';
import { checkLinks } from '../helpers/links.ts';
import { buildProjectAsync, makeProject } from '../helpers/temp-site.ts';
import { openSite, withPagefind, type Site } from './harness.ts';

const BASE = '/cities-for-palestine/';
let dist: string;
let site: Site;

beforeAll(async () => {
  const root = makeProject();
  const { status, output } = await buildProjectAsync(root, { BASE_PATH: BASE });
  if (status !== 0) throw new Error(`The build with BASE_PATH=${BASE} failed:\n${output.slice(-3000)}`);
  dist = join(root, 'dist');
  site = await openSite(dist, { base: BASE });
});
afterAll(async () => site?.close());

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it('keeps every link, asset, anchor, feed and sitemap entry under the base path', () => {
    const { pages, checked, problems } = checkLinks(dist, { site: settings.url, base: BASE });
    expect(pages).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(pages * 10);
    expect(problems).toEqual([]);
    const records = JSON.parse(readFileSync(join(dist, 'data/campaigns.json'), 'utf8')).campaigns as { url: string }[];
    for (const { url } of records) expect(url).toMatch(new RegExp(`^${settings.url}${BASE}campaigns/`));
    const stylesheets = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    for (const name of stylesheets)
      for (const [, url] of readFileSync(join(dist, '_astro', name), 'utf8').matchAll(/url\(["']?(\/[^)"']*)/g))
        expect(url, name).toMatch(new RegExp(`^${BASE}`));
  });

  it('draws the map from its data, finds a ZIP code, and links markers to campaign pages', async () => {
    const { page, close } = await site.open(`${BASE}map/?campaign=springfield-divestment`);
    await page.waitForSelector('campaign-map[data-phase="ready"]');
    expect(await page.getAttribute('campaign-map', 'data-shown')).toBe('1');
    expect(await page.getAttribute('.leaflet-popup a', 'href')).toBe(`${BASE}campaigns/springfield-divestment/`);
    await page.fill('#near-query', '62701');
    await page.click('near-me button[type="submit"]');
    const nearest = page.locator('.near-results li a').first();
    await nearest.waitFor();
    expect(await nearest.getAttribute('href')).toMatch(new RegExp(`^${BASE}campaigns/springfield-`));
    await close();
  });

  it('searches with the bundle under the base path, and its results link under it', async () => {
    const { page, close } = await site.open(`${BASE}search/?q=Springfield`);
    await page.waitForSelector('site-search[data-phase="done"]');
    expect(await page.getAttribute('.search-result h2 a', 'href')).toMatch(
      new RegExp(`^${BASE}(campaigns|wins)/springfield-`),
    );
    const urls = await withPagefind<string[]>(
      page,
      `const found = await pagefind.search('Springfield');
       return Promise.all(found.results.slice(0, 5).map(async (result) => (await result.data()).url));`,
      null,
      `${BASE}${searchBundle('en')}`,
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
    await close();
  });
});
