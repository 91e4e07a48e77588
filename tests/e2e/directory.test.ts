/**
 * The directory for researchers, in a real browser: the table of every campaign and its sorting, the filter counts
 * that follow the other filters, and the jump to a state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const campaigns = readContentFiles(PROJECT_ROOT)
  .entries.filter((entry) => entry.collection === 'campaigns')
  .map((entry) => entry.data as { state: string; status: string; level: string });

/** The `data-sort` values of a column, top to bottom. */
const SORT_VALUES = (column: number) =>
  `[...document.querySelectorAll('tbody tr')].map((row) => row.cells[${column}].dataset.sort ?? '')`;

describe('the campaign table', () => {
  it('lists every campaign in HTML, without scripts', async () => {
    const { page, close } = await site.open('/campaigns/table/', { javaScriptEnabled: false });
    expect(await page.locator('tbody tr').count()).toBe(campaigns.length);
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
    const visible = page.locator('tbody tr:visible');
    const inCalifornia = campaigns.filter((campaign) => campaign.state === 'CA');
    expect(await visible.count()).toBe(inCalifornia.length);
    const ranks = (await visible.evaluateAll((rows) =>
      rows.map((row) => Number((row as HTMLTableRowElement).cells[3]!.dataset.sort)),
    )) as number[];
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
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(inOregon.length);
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
