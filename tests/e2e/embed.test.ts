/**
 * The embeddable map inside another site's iframe, and the snippet generator that makes the iframe code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { tempDir } from '../../scripts/lib/project.ts';
import { decodeMapData, type MapData } from '../../src/lib/map-data.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;
let host: StaticServer;
let hostRoot: string;

beforeAll(async () => {
  site = await openSite();
  hostRoot = tempDir('c4p-embed-host-');
  mkdirSync(join(hostRoot, 'coalition'), { recursive: true });
  host = await serveStatic(hostRoot);
});
afterAll(async () => {
  await site?.close();
  await host?.close();
});

describe('the embedded map', () => {
  it('renders in an iframe on another site, with its filters applied', async () => {
    const map = decodeMapData((await (await fetch(`${site.server.url}/map/campaigns.json`)).json()) as MapData);
    const expected = map.filter((campaign) => campaign.state === 'OR' && campaign.issues.includes('divestment'));
    const page = `<!doctype html><html lang="en"><head><title>A coalition's page</title></head><body>
      <h1>Our campaign</h1>
      <iframe src="${site.server.url}/embed/map/?state=OR&issue=divestment" title="Campaign map" width="800" height="480"></iframe>
    </body></html>`;
    writeFileSync(join(hostRoot, 'coalition/index.html'), page);
    const { page: browserPage, errors, close } = await site.open('/', {});
    await browserPage.goto(`${host.url}/coalition/`);
    const frame = browserPage.frameLocator('iframe');
    await frame.locator('campaign-map[data-phase="ready"]').waitFor();
    expect(await frame.locator('campaign-map').getAttribute('data-shown')).toBe(String(expected.length));
    expect(await frame.locator('[data-full-map]').getAttribute('href')).toMatch(/\/map\/\?state=OR&issue=divestment$/);
    expect(await frame.locator('.site-header').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('is the only page another site may frame', async () => {
    const frames = ['/embed/map/', '/map/', '/'].map(
      (path) => `<iframe src="${site.server.url}${path}" title="${path}"></iframe>`,
    );
    writeFileSync(
      join(hostRoot, 'coalition/frames.html'),
      `<!doctype html><html lang="en"><title>Frames</title>${frames.join('')}</html>`,
    );
    const { page, close } = await site.open('/', { allowErrors: /^Framing .* violates .*"frame-ancestors 'none'"/ });
    await page.goto(`${host.url}/coalition/frames.html`);
    await page.frameLocator('iframe[title="/embed/map/"]').locator('campaign-map[data-phase="ready"]').waitFor();
    for (const path of ['/map/', '/'])
      await expect
        .poll(
          () =>
            page
              .frame({ url: `${site.server.url}${path}` })
              ?.locator('main')
              .count() ?? 0,
        )
        .toBe(0);
    const refused = page.frames().filter((frame) => frame.url().startsWith('chrome-error:'));
    expect(refused).toHaveLength(2);
    await close();
  });

  it('comes with a snippet generator on /data/ that writes the iframe code', async () => {
    const { page, close } = await site.open('/data/');
    await page.selectOption('#embed-state', 'OR');
    await page.selectOption('#embed-issue', 'divestment');
    const code = await page.inputValue('#embed-code');
    expect(code).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/map\/\?issue=divestment&state=OR" title="[^"]+" width="100%" height="480" loading="lazy" style="border:0"><\/iframe>$/,
    );
    await close();
  });
});
