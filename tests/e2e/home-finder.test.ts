/**
 * "Is there a campaign near you?" on the home page, in a real browser: answered on the page from the offline
 * gazetteer, with where each campaign stands, the statewide ones, and a way to start when nothing is close.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { openSite, type Site } from './harness.ts';
import { site as siteConfig } from '../../src/config.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function find(page: Page, place: string) {
  await page.fill('#near-query', place);
  await page.click('near-me button[type="submit"]');
  await page.locator('[data-near-output] h3').waitFor();
}

describe('the home page finder', () => {
  it('lists the nearest campaigns with their place, status and distance', async () => {
    const { page, close } = await site.open('/');
    await find(page, '27701');
    const first = page.locator('.near-results li').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/campaigns\/durham-/);
    expect(await first.textContent()).toMatch(/Durham, NC · (Active|Won|Partly won|Lost|Paused) · \d+ mi away/);
    expect(await page.locator('.near-start').count(), 'a place with campaigns gets no "start one" prompt').toBe(0);
    await close();
  });

  it('adds the statewide campaigns of the reader’s state, for a ZIP code and for a city', async () => {
    const { page, close } = await site.open('/');
    await find(page, '97201');
    const statewide = page.locator('.near-statewide a');
    expect(await statewide.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(
      '/campaigns/oregon-treasury-divestment/',
    );
    expect(await page.locator('[data-near-output] h4').textContent()).toBe('Statewide campaigns in Oregon');
    await find(page, 'Eugene, OR');
    await statewide.first().waitFor();
    await find(page, 'Boise, ID');
    expect(await page.locator('.near-statewide').count()).toBe(0);
    await close();
  });

  it('says when nothing is close and links to the start toolkit and the kinds of campaign', async () => {
    const { page, errors, close } = await site.open('/');
    await find(page, '99701');
    expect(await page.textContent('[data-near-output]')).toMatch(/No campaign in the directory is within 150 mi/);
    const links = await page
      .locator('.near-start a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links[0]).toMatch(/^\/toolkits\/[a-z0-9-]+\/$/);
    expect(links).toContain('/issues/');
    const [onSite, elsewhere] = [
      links.filter((link) => link.startsWith('/')),
      links.filter((link) => !link.startsWith('/')),
    ];
    for (const link of onSite) expect((await page.request.get(`${site.server.url}${link}`)).status(), link).toBe(200);
    expect(elsewhere, 'a way to reach the site’s keepers, by default an issue in its repository').toEqual([
      `${siteConfig.repository}/issues/new`,
    ]);
    expect(await page.locator('.near-results li').count(), 'the nearest are still listed').toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('answers in Arabic, right to left, with the campaigns’ status in Arabic', async () => {
    const { page, close } = await site.open('/ar/');
    await find(page, '27701');
    const first = page.locator('.near-results li').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/ar\/campaigns\/durham-/);
    expect(await first.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('near-me')!).direction)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
