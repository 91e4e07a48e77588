/**
 * With raster tiles switched on and the tile server unreachable (as on every machine here), the map still works:
 * a failed tile breaks nothing and the page logs no error of its own.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildProject, makeProject } from '../helpers/temp-site.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;

beforeAll(async () => {
  const root = makeProject();
  // Port 9 is the discard port: nothing answers, so every tile request fails.
  const { status, output } = buildProject(root, {
    PUBLIC_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
    PUBLIC_TILE_ATTRIBUTION: '© Test tiles',
  });
  if (status !== 0) throw new Error(output);
  site = await openSite(join(root, 'dist'));
}, 120_000);
afterAll(async () => site?.close());

it('draws the markers, credits the tiles and follows the tile policy when every tile fails', async () => {
  // Every tile fails to load, on purpose; anything else logged fails the test when the page closes.
  const { page, close } = await site.open('/map/', { allowErrors: /^Failed to load resource: net::ERR_UNSAFE_PORT$/ });
  await page.waitForSelector('campaign-map[data-phase="ready"]');
  await page.waitForSelector('img.leaflet-tile', { state: 'attached' });
  expect(await page.getAttribute('campaign-map', 'data-shown')).toBe('1');
  expect(await page.textContent('.leaflet-control-attribution')).toContain('© Test tiles');
  expect(await page.getAttribute('img.leaflet-tile', 'referrerpolicy')).toBe('strict-origin-when-cross-origin');
  await page.waitForTimeout(500);
  await close();
});
