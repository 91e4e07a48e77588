/**
 * With map tiles off (the default), no page asks any host but the site itself for anything: no fonts, scripts,
 * trackers or images from elsewhere, even after the reader searches, filters or looks up a ZIP code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './harness.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const VISITS: [string, (page: Page) => Promise<unknown>][] = [
  ['/', async () => {}],
  ['/campaigns/', async (page) => page.selectOption('#filter-status', 'won')],
  [
    '/map/',
    async (page) => {
      await page.waitForSelector('campaign-map[data-phase="ready"]');
      await page.fill('#near-query', '27701');
      await page.click('near-me button[type="submit"]');
      await page.locator('.near-results li').first().waitFor();
    },
  ],
  ['/search/?q=durham', async (page) => page.locator('[data-search-results] li').first().waitFor()],
  ['/campaigns/durham-police-exchange/', async () => {}],
  ['/toolkits/start-a-municipal-campaign/', async () => {}],
  ['/contribute/', async (page) => page.fill('#cf-city', 'Durham')],
  ['/data/', async () => {}],
  ['/embed/map/', async (page) => page.waitForSelector('campaign-map[data-phase="ready"]')],
];

it('asks nothing of any host but the site itself', async () => {
  const offSite: string[] = [];
  let onSite = 0;
  for (const [path, act] of VISITS) {
    const { page, requests, close } = await site.open(path);
    await act(page);
    await page.waitForLoadState('networkidle');
    for (const url of requests) {
      if (url.startsWith(site.server.url) || /^(data|blob):/.test(url)) onSite++;
      else offSite.push(`${path}: ${url}`);
    }
    await close();
  }
  expect(onSite).toBeGreaterThan(VISITS.length * 2);
  expect(offSite).toEqual([]);
}, 60_000);
