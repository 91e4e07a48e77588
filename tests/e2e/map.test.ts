/**
 * The campaign map in a real browser, on the built site, with map tiles off (as on every machine here).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMapData, type MapData } from '../../src/lib/map-data.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { axeViolations } from './axe.ts';
import { openSite, type OpenPage, type Site } from './harness.ts';

const campaigns = decodeMapData(JSON.parse(readFileSync(`${PROJECT_ROOT}/dist/map/campaigns.json`, 'utf8')) as MapData);
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function openMap(path = '/map/', options = {}): Promise<OpenPage> {
  const opened = await site.open(path, options);
  await opened.page.waitForSelector('campaign-map[data-phase="ready"]');
  return opened;
}

/** Markers on screen plus the campaigns counted inside cluster icons, after showing the whole country. */
async function markersOnMap(page: Page): Promise<number> {
  await page.click('button[data-region="all"]');
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const single = document.querySelectorAll('.map-marker').length;
    const clustered = [...document.querySelectorAll<HTMLElement>('.map-cluster [data-count]')].reduce(
      (sum, icon) => sum + Number(icon.dataset.count),
      0,
    );
    return single + clustered;
  });
}

const visibleListItems = (page: Page) =>
  page.locator('#map-campaigns li').evaluateAll((items) => items.map((item) => item.getAttribute('data-campaign')));

describe('the campaign map', () => {
  it('loads under 70 KB of JavaScript, gzipped, Leaflet included', async () => {
    const { requests, close } = await openMap();
    const scripts = requests.filter((url) => new URL(url).pathname.endsWith('.js'));
    expect(scripts.some((url) => /leaflet/i.test(url) || url.includes('CampaignMap'))).toBe(true);
    const sizes = await Promise.all(
      scripts.map(async (url) => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length),
    );
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(70 * 1024);
    await close();
  });

  it('draws one marker for every campaign, counting those inside clusters, with no console errors', async () => {
    const { page, errors, close } = await openMap();
    expect(campaigns.length).toBeGreaterThan(60);
    expect(await page.getAttribute('campaign-map', 'data-shown')).toBe(String(campaigns.length));
    // Clusters settle after their animation; count once they have.
    await expect.poll(() => markersOnMap(page)).toBe(campaigns.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('narrows the markers and the list when a filter is chosen, and keeps the filter in the address', async () => {
    const { page, close } = await openMap();
    await page.locator('details.filters').evaluate((details: HTMLDetailsElement) => (details.open = true));
    await page.selectOption('#filter-issue', 'divestment');
    const expected = campaigns.filter((campaign) => campaign.issues.includes('divestment'));
    await expect.poll(() => page.getAttribute('campaign-map', 'data-shown')).toBe(String(expected.length));
    expect(await markersOnMap(page)).toBe(expected.length);
    expect((await visibleListItems(page)).sort()).toEqual(expected.map((campaign) => campaign.id).sort());
    expect(new URL(page.url()).search).toBe('?issue=divestment');
    await close();
  });

  it('restores filters from a shared link', async () => {
    const { page, close } = await openMap('/map/?issue=divestment&state=OR');
    expect(await page.inputValue('#filter-issue')).toBe('divestment');
    expect(await page.inputValue('#filter-state')).toBe('OR');
    const expected = campaigns.filter((campaign) => campaign.issues.includes('divestment') && campaign.state === 'OR');
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.getAttribute('campaign-map', 'data-shown')).toBe(String(expected.length));
    await expect
      .poll(() => visibleListItems(page))
      .toEqual(expect.arrayContaining(expected.map((campaign) => campaign.id)));
    await close();
  });

  it('finds words in titles and places', async () => {
    const { page, close } = await openMap('/map/?q=sister');
    const expected = campaigns.filter((campaign) =>
      `${campaign.title} ${campaign.place}`.toLowerCase().includes('sister'),
    );
    expect(await page.getAttribute('campaign-map', 'data-shown')).toBe(String(expected.length));
    await close();
  });

  it('finds the nearest campaign to a ZIP code, offline', async () => {
    const { page, errors, close } = await openMap();
    await page.fill('#near-query', '27701');
    await page.click('near-me button[type="submit"]');
    const first = page.locator('.near-results li').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/campaigns\/durham-/);
    expect(await first.textContent()).toMatch(/Durham, NC · [A-Z][a-z ]+ · \d+ mi away/);
    expect(errors).toEqual([]);
    await close();
  });

  it('asks which city when a name is in several states, and says when nothing is close', async () => {
    const { page, close } = await openMap();
    await page.fill('#near-query', 'Durham');
    await page.click('near-me button[type="submit"]');
    await page.click('.near-choices button:has-text("Durham, NC")');
    await page.locator('.near-results li').first().waitFor();
    await page.fill('#near-query', '99701');
    await page.click('near-me button[type="submit"]');
    await expect
      .poll(() => page.textContent('[data-near-output]'))
      .toMatch(/No campaign in the directory is within 150 mi of 99701/);
    await close();
  });

  it('fits the nearest campaigns in view, even for a place far from any of them', async () => {
    const { page, close } = await openMap();
    await page.fill('#near-query', '99701');
    await page.click('near-me button[type="submit"]');
    await page.locator('.near-results li').first().waitFor();
    await expect.poll(async () => Number(await page.getAttribute('campaign-map', 'data-in-view'))).toBeGreaterThan(0);
    await close();
  });

  it('puts the finder before the map on a phone', async () => {
    const { page, close } = await openMap('/map/', { viewport: { width: 390, height: 844 } });
    const finder = await page.locator('near-me').boundingBox();
    const map = await page.locator('campaign-map').boundingBox();
    expect(finder!.y).toBeLessThan(map!.y);
    await close();
  });

  it('centres on a campaign from its page link and opens its popup', async () => {
    const { page, close } = await openMap('/map/?campaign=boulder-nablus-sister-city');
    await page.waitForSelector('.leaflet-popup a[href="/campaigns/boulder-nablus-sister-city/"]');
    await close();
  });

  it('can be used with the keyboard alone: reach a marker, open its popup, follow the link', async () => {
    const { page, close } = await openMap('/map/?state=CO&issue=sister-city');
    const marker = page.locator('.map-marker').first();
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toMatch(/^Make Nablus a sister city of Boulder, Boulder, CO: Won$/);
    // Tab from the map container to the first marker, as a keyboard user would.
    await page.focus('.map-canvas');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Boulder/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('map-marker'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await Promise.all([page.waitForURL('**/campaigns/boulder-nablus-sister-city/'), page.keyboard.press('Enter')]);
    await close();
  });

  it('lists the campaigns in view, and shows one on the map from the list', async () => {
    const { page, close } = await openMap();
    await page.click('button[data-region="hawaii"]');
    const inHawaii = campaigns.filter((campaign) => campaign.state === 'HI').map((campaign) => campaign.id);
    await expect.poll(() => visibleListItems(page)).toEqual(inHawaii);
    await page.click('button[data-region="lower48"]');
    await expect.poll(async () => (await visibleListItems(page)).length).toBeGreaterThan(50);
    const first = (await visibleListItems(page))[0]!;
    await page.click(`#map-campaigns li[data-campaign="${first}"] button`);
    await page.waitForSelector(`.leaflet-popup a[href="/campaigns/${first}/"]`);
    await close();
  });

  it('gives every marker and cluster a unique label', async () => {
    const { page, close } = await openMap();
    await page.click('button[data-region="lower48"]');
    await page.waitForTimeout(400);
    const labels = await page
      .locator('.map-marker, .map-cluster')
      .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    const markerLabels = await page
      .locator('.map-marker')
      .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label')));
    expect(new Set(markerLabels).size).toBe(markerLabels.length);
    await close();
  });

  it('leaves out of the Tab order every marker and cluster drawn outside the map, and only those', async () => {
    const { page, close } = await openMap();
    for (const region of ['lower48', 'hawaii', 'all']) {
      await page.click(`button[data-region="${region}"]`);
      await page.waitForTimeout(600);
      // Where the page really drew each icon, against the tab stop the map gave it.
      const icons = await page.evaluate(() => {
        const frame = document.querySelector('.map-canvas')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')].map((icon) => {
          const box = icon.getBoundingClientRect();
          const inside =
            box.left >= frame.left - 0.5 &&
            box.right <= frame.right + 0.5 &&
            box.top >= frame.top - 0.5 &&
            box.bottom <= frame.bottom + 0.5;
          return { inside, tabIndex: icon.tabIndex };
        });
      });
      expect(icons.length, region).toBeGreaterThan(0);
      expect(
        icons.filter(({ inside, tabIndex }) => (tabIndex === 0) !== inside),
        region,
      ).toEqual([]);
      // Around the lower 48, the cluster plugin also draws what lies just beyond the frame (Alaska, say).
      if (region === 'lower48')
        expect(
          icons.some(({ inside }) => !inside),
          region,
        ).toBe(true);
    }
    await close();
  });

  it('keeps its place while its script loads, so nothing on the page jumps', async () => {
    const { page, close } = await openMap();
    await page.waitForTimeout(300);
    // Cumulative layout shift as Chromium records it; 0.1 is the line Lighthouse and Core Web Vitals call "good".
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 1000);
        }),
    );
    expect(shift).toBeLessThan(0.1);
    await close();
  });

  it('shows the whole list, and says so, without JavaScript', async () => {
    const { page, close } = await site.open('/map/', { javaScriptEnabled: false });
    expect(await page.locator('.map-list ul li').count()).toBe(campaigns.length);
    expect(await page.isVisible('text=The interactive map needs JavaScript')).toBe(true);
    expect(await page.isVisible('.map-canvas')).toBe(false);
    await close();
  });

  it('has no accessibility violations (axe)', async () => {
    const { page, close } = await openMap();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
