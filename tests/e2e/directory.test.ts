/**
 * The lists for researchers, in a real browser: the table of every campaign and its sorting, the filter counts
 * that follow the other filters, the jump to a state, and the filters on the wins.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;

/** How many of `selector` are shown, read in one call: Playwright's `:visible` checks each element separately. */
const shown = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.filter((element) => element.checkVisibility()).length);

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const { entries } = readContentFiles(PROJECT_ROOT);
const campaignFiles = entries.filter((entry) => entry.collection === 'campaigns');
const campaigns = campaignFiles.map((entry) => entry.data as { state: string; status: string; level: string });
const stateOf = new Map(campaignFiles.map((entry) => [entry.slug, (entry.data as { state: string }).state]));
const wins = entries
  .filter((entry) => entry.collection === 'wins')
  .map((entry) => entry.data as { campaign: string; kind: string; date: string | { disputed: unknown[] } });

/** The `data-sort` values of a column, top to bottom. */
const SORT_VALUES = (column: number) =>
  `[...document.querySelectorAll('tbody tr')].map((row) => row.cells[${column}].dataset.sort ?? '')`;

describe('the campaign table', () => {
  it('lists every campaign in HTML, without scripts, its status as a plain word', async () => {
    const { page, close } = await site.open('/campaigns/table/', { javaScriptEnabled: false });
    expect(await page.locator('tbody tr').count()).toBe(campaigns.length);
    // An icon per row made a slowed phone's first layout and paint block the page for up to 300 ms.
    expect(await page.locator('tbody svg').count()).toBe(0);
    const statuses = new Set(await page.locator('tbody td:nth-child(4)').allTextContents());
    expect([...statuses].every((word) => ['Won', 'Partly won', 'Active', 'Lost', 'Paused'].includes(word))).toBe(true);
    expect(statuses.size).toBeGreaterThan(3);
    expect(await page.locator('thead th').allTextContents()).toEqual([
      'Campaign',
      'Place',
      'Decision-maker',
      'Status',
      'Vote',
      'Decided',
    ]);
    await close();
  });

  it('sorts by decision date both ways, with undecided campaigns last, and says so', async () => {
    const { page, errors, close } = await site.open('/campaigns/table/');
    const decided = page.getByRole('button', { name: 'Decided' });
    await decided.click();
    expect(await page.getAttribute('thead th:nth-child(6)', 'aria-sort')).toBe('ascending');
    const up = (await page.evaluate(SORT_VALUES(5))) as string[];
    const dated = up.filter(Boolean);
    expect(dated.length).toBeGreaterThan(100);
    expect(up.slice(0, dated.length)).toEqual([...dated].sort());
    expect(up.slice(dated.length).every((value) => value === '')).toBe(true);
    expect(await page.textContent('[data-sort-status]')).toBe('Sorted by Decided, ascending.');

    await decided.press('Enter');
    expect(await page.getAttribute('thead th:nth-child(6)', 'aria-sort')).toBe('descending');
    const down = (await page.evaluate(SORT_VALUES(5))) as string[];
    expect(down.slice(0, dated.length)).toEqual([...dated].sort().reverse());
    expect(down.slice(dated.length).every((value) => value === '')).toBe(true);
    expect(await page.locator('thead th[aria-sort]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('sorts by status in the site’s order, and keeps the filters working', async () => {
    const { page, close } = await site.open('/campaigns/table/?state=CA');
    await page.getByRole('button', { name: 'Status' }).click();
    const inCalifornia = campaigns.filter((campaign) => campaign.state === 'CA');
    expect(await shown(page, 'tbody tr')).toBe(inCalifornia.length);
    const ranks = await page.$$eval('tbody tr', (rows) =>
      rows
        .filter((row) => row.checkVisibility())
        .map((row) => Number((row as HTMLTableRowElement).cells[3]!.dataset.sort)),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await close();
  });
});

describe('the directory', () => {
  it('counts each filter’s options against the other filters set', async () => {
    const { page, close } = await site.open('/campaigns/');
    await page.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-filters]')!.setAttribute('open', ''));
    await page.selectOption('#filter-state', 'OR');
    const inOregon = campaigns.filter((campaign) => campaign.state === 'OR');
    for (const status of new Set(campaigns.map((campaign) => campaign.status))) {
      const count = inOregon.filter((campaign) => campaign.status === status).length;
      const option = page.locator(`#filter-status option[value="${status}"]`);
      expect(await option.textContent(), status).toMatch(new RegExp(`\\(${count}\\)$`));
      expect(await option.isDisabled(), status).toBe(count === 0);
    }
    // The state menu still offers every state, counted with no other filter set.
    const california = campaigns.filter((campaign) => campaign.state === 'CA').length;
    expect(await page.textContent('#filter-state option[value="CA"]')).toMatch(new RegExp(`\\(${california}\\)$`));
    expect(await shown(page, '[data-filter-item]')).toBe(inOregon.length);
    await close();
  });

  it('jumps to a state’s campaigns', async () => {
    const { page, close } = await site.open('/campaigns/', { viewport: { width: 390, height: 844 } });
    await page.click('.jump summary');
    await page.locator('.jump').getByRole('link', { name: 'Oregon', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#state-OR');
    expect(await page.locator('#state-OR').isVisible()).toBe(true);
    const top = await page.locator('#state-OR').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    await close();
  });
});

describe('the wins', () => {
  it('filter by state and kind, in the address, without scripts too', async () => {
    const inCalifornia = wins.filter((win) => stateOf.get(win.campaign) === 'CA');
    const resolutions = inCalifornia.filter((win) => win.kind === 'resolution');
    expect(resolutions.length).toBeGreaterThan(5);
    const { page, errors, close } = await site.open('/wins/?state=CA&kind=resolution');
    expect(await shown(page, '[data-filter-item]')).toBe(resolutions.length);
    expect(await page.textContent('[data-status-line]')).toBe(`Showing ${resolutions.length} of ${wins.length} wins`);
    // Years with no Californian resolution are hidden, not left as empty headings.
    const emptyYears = await page.$$eval('.timeline > li', (years) =>
      years
        .filter((year) => year.checkVisibility())
        .filter((year) => ![...year.querySelectorAll('[data-filter-item]')].some((win) => win.checkVisibility()))
        .map((year) => year.textContent?.slice(0, 20)),
    );
    expect(emptyYears).toEqual([]);
    await page.selectOption('#filter-kind', '');
    expect(new URL(page.url()).search).toBe('?state=CA');
    expect(await shown(page, '[data-filter-item]')).toBe(inCalifornia.length);
    expect(errors).toEqual([]);
    await close();

    const noScript = await site.open('/wins/', { javaScriptEnabled: false });
    await noScript.page.evaluate(() => document.querySelector('details[data-filters]')!.setAttribute('open', ''));
    await noScript.page.selectOption('#filter-state', 'CA');
    expect(await shown(noScript.page, '[data-filter-item]')).toBe(inCalifornia.length);
    await noScript.close();
  });
});
