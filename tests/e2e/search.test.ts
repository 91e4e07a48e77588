/**
 * Search in a real browser, on the built site and its Pagefind index.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../scripts/lib/browser.ts';
import { searchBundle } from '../../src/lib/search-bundles.ts';
import { axeViolations } from './axe.ts';
import { openSite, withPagefind, type Site } from './harness.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function search(path: string) {
  const opened = await site.open(path);
  await opened.page.waitForSelector('site-search[data-phase="done"]');
  return opened;
}

const resultLinks = (page: Page) =>
  page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('search', () => {
  it('finds the Durham campaign first for "Durham"', async () => {
    const { page, errors, close } = await search('/search/?q=Durham');
    expect((await resultLinks(page))[0]).toBe('/campaigns/durham-police-exchange/');
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ results for “Durham”$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('puts a place’s own campaigns first for "City, ST" and "City State", and offers the finder', async () => {
    for (const q of ['Columbus, OH', 'Columbus Ohio']) {
      const { page, close } = await search(`/search/?q=${encodeURIComponent(q)}`);
      const links = await resultLinks(page);
      expect(links[0], q).toMatch(/^\/(campaigns|wins)\/columbus-/);
      await expect
        .poll(() => page.locator('[data-search-shortcut] a').first().getAttribute('href'))
        .toBe(`/map/?near=${encodeURIComponent(q)}`);
      await close();
    }
  });

  it('offers the finder and the start toolkit for a city with no campaign, and the finder answers there', async () => {
    const { page, errors, close } = await search('/search/?q=Boise');
    expect(await resultLinks(page), 'pages that only share a first letter are not matches').toEqual([]);
    expect(await page.textContent('[data-search-status]')).toMatch(/^Nothing matches “Boise”/);
    const shortcut = page.locator('[data-search-shortcut] a');
    await expect.poll(() => shortcut.count()).toBe(2);
    expect(await shortcut.nth(1).getAttribute('href')).toMatch(/^\/toolkits\/[a-z0-9-]+\/$/);
    await shortcut.first().click();
    await page.waitForURL(/\/map\/\?near=Boise$/);
    await page.locator('.near-results li').first().waitFor();
    expect(await page.inputValue('#near-query')).toBe('Boise');
    expect(errors).toEqual([]);
    await close();
  });

  it('answers a ZIP code with the finder, not with vote counts that share its digits', async () => {
    const { page, close } = await search('/search/?q=43215');
    expect(await resultLinks(page)).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toMatch(/looks like a ZIP code/);
    expect(await page.locator('[data-search-shortcut] a').first().getAttribute('href')).toBe('/map/?near=43215');
    await close();
  });

  it('finds the company, its campaigns and its wins for "NSO"', async () => {
    const { page, close } = await search('/search/?q=NSO');
    const links = await resultLinks(page);
    expect(links[0]).toBe('/companies/nso-group/');
    expect(links).toEqual(
      expect.arrayContaining([
        '/campaigns/oregon-labor-nso-group-divestment/',
        '/wins/oregon-afl-cio-nso-group-resolution-2022/',
        '/wins/oregon-afscme-nso-group-resolution-2022/',
      ]),
    );
    await close();
  });

  it('narrows results to a state, and counts what each filter would give', async () => {
    const { page, close } = await search('/search/?q=divestment');
    await page.waitForSelector('site-search[data-counts="shown"]');
    const everywhere = await resultLinks(page);
    const oregonOption = await page.textContent('#search-state option[value="OR"]');
    const oregonCount = Number(/\((\d+)\)/.exec(oregonOption ?? '')?.[1]);
    await page.selectOption('#search-state', 'OR');
    await page.waitForSelector('site-search[data-phase="done"]');
    await expect.poll(() => page.url()).toContain('state=OR');
    const inOregon = await resultLinks(page);
    expect(inOregon.length).toBe(oregonCount);
    expect(inOregon.length).toBeGreaterThan(0);
    expect(inOregon.length).toBeLessThan(everywhere.length);
    const facts = await page.locator('.result-facts').allTextContents();
    expect(facts.every((text) => /, OR|Oregon/.test(text))).toBe(true);
    await close();
  });

  it('on a phone, fetches the filter index only when the reader opens the filters, then counts', async () => {
    const { page, requests, close } = await site.open('/search/?q=divestment', PHONE);
    await page.waitForSelector('site-search[data-phase="done"]');
    const filterIndex = () => requests.filter((url) => url.includes(`/${searchBundle('en')}filter/`));
    expect(await page.getAttribute('site-search', 'data-counts')).toBeNull();
    expect(filterIndex()).toEqual([]);
    await page.click('.facets-disclosure summary');
    await page.waitForSelector('site-search[data-counts="shown"]');
    expect(filterIndex().length).toBeGreaterThan(0);
    expect(await page.textContent('#search-state option[value="OR"]')).toMatch(/\(\d+\)$/);
    await close();
  });

  it('restores the query and filters from a link', async () => {
    const { page, close } = await search('/search/?q=ceasefire&type=win&state=MI');
    expect(await page.inputValue('#search-q')).toBe('ceasefire');
    expect(await page.inputValue('#search-type')).toBe('win');
    expect(await page.inputValue('#search-state')).toBe('MI');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link?.startsWith('/wins/'))).toBe(true);
    await close();
  });

  it('sorts newest first when asked', async () => {
    const { page, close } = await search('/search/?type=win&sort=newest');
    const dates = await withPagefind<string[]>(
      page,
      `const found = await pagefind.search(null, { filters: { type: 'win' }, sort: { date: 'desc' } });
       return Promise.all(found.results.map(async (result) => (await result.data()).meta.date));`,
    );
    expect(dates.length).toBeGreaterThan(40);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await close();
  });

  it('offers the explainer, state or company page when the words name one', async () => {
    const { page, close } = await search('/search/?q=Ceasefire');
    expect(await page.getAttribute('[data-search-shortcut] a', 'href')).toBe('/issues/ceasefire/');
    expect(await page.textContent('[data-search-shortcut] a')).toBe('Go to the page for Ceasefire');
    await close();
  });

  it('says when nothing matches', async () => {
    const { page, close } = await search('/search/?q=zzzxqv');
    expect(await page.textContent('[data-search-status]')).toBe(
      'Nothing matches “zzzxqv”. Check the spelling, try a shorter word, or clear a filter.',
    );
    await close();
  });

  it('works from the keyboard: type, submit, reach the first result', async () => {
    const { page, close } = await site.open('/');
    await page.focus('#header-search');
    await page.keyboard.type('Boulder');
    await Promise.all([page.waitForURL('**/search/?q=Boulder'), page.keyboard.press('Enter')]);
    await page.waitForSelector('site-search[data-phase="done"]');
    await page.focus('#search-q');
    // From the query field, past the button and the filters, to the first result.
    for (let step = 0; step < 15; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/campaigns/boulder-nablus-sister-city/',
    );
    await close();
  });

  it('explains itself without JavaScript, and without an index', async () => {
    const noScript = await site.open('/search/?q=durham', { javaScriptEnabled: false });
    const message = noScript.page.locator('site-search noscript p');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/^Search runs in your browser and needs JavaScript/);
    await noScript.close();
    const devSite = await openSite(undefined, { missing: ['/pagefind/'] });
    const dev = await devSite.open('/search/?q=durham', { allowErrors: /status of 404/ });
    await dev.page.waitForSelector('site-search[data-phase="no-index"]');
    expect(await dev.page.textContent('[data-search-status]')).toContain('run npm run build, then npm run preview');
    await dev.close();
    await devSite.close();
  });

  it('loads Pagefind only on the search page', async () => {
    site.server.requests.length = 0;
    const { close } = await site.open('/campaigns/durham-police-exchange/');
    expect(site.server.requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await close();
  });

  it('has no accessibility violations (axe), with results on the page', async () => {
    const { page, close } = await search('/search/?q=police');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
