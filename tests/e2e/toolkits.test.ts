/**
 * Toolkit pages in a real browser: templates copy exactly, checklists remember, the printed copy drops the
 * navigation, and axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { openSite, type Site } from './harness.ts';

const TOOLKIT = '/toolkits/start-a-municipal-campaign/';
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('a toolkit page', () => {
  it('copies a template’s exact text to the clipboard, and offers it as a text file', async () => {
    const { page, errors, close } = await site.open(TOOLKIT, { permissions: ['clipboard-read', 'clipboard-write'] });
    const template = page.locator('copy-template').first();
    const expected = await template.locator('pre').textContent();
    expect(expected?.length).toBeGreaterThan(50);
    await template.locator('[data-copy]').click();
    await expect.poll(() => template.locator('[data-copy-status]').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await template.locator('[data-download]').getAttribute('download')).toMatch(/^[a-z0-9-]+\.txt$/);
    const [download] = await Promise.all([page.waitForEvent('download'), template.locator('[data-download]').click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps a checklist’s ticks after a reload, in this browser only', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${TOOLKIT}`);
    const boxes = page.locator('check-list input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(2);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    await expect
      .poll(() =>
        page
          .locator('check-list input[type="checkbox"]')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked)),
      )
      .toEqual(expect.arrayContaining([true]));
    const states = await page
      .locator('check-list input[type="checkbox"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));
    expect(states[0]).toBe(true);
    expect(states[1]).toBe(false);
    expect(states[2]).toBe(true);
    // Each checkbox is named by its item's text.
    expect(await page.locator('check-list label').first().textContent()).not.toBe('');
    await context.close();
  });

  it('shows checklists as plain lists without JavaScript', async () => {
    const { page, close } = await site.open(TOOLKIT, { javaScriptEnabled: false });
    expect(await page.locator('check-list li').count()).toBeGreaterThan(2);
    expect(await page.locator('check-list input').count()).toBe(0);
    expect(await page.isVisible('.template-actions')).toBe(false);
    await close();
  });

  it.each([TOOLKIT, '/ar/toolkits/start-a-municipal-campaign/'])(
    'prints %s without the navigation, table of contents or buttons, with links spelled out',
    async (toolkit) => {
      const { page, close } = await site.open(toolkit);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.site-header nav')).toBe(false);
      expect(await page.isVisible('.toc')).toBe(false);
      expect(await page.isVisible('.toolkit-nav')).toBe(false);
      expect(await page.isVisible('.template-actions')).toBe(false);
      expect(await page.isVisible('article h1')).toBe(true);
      const after = await page
        .locator('.prose a[href^="/"]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(after).toMatch(/^" <\/.*>"$/);
      const direction = await page
        .locator('.prose a[href^="/"]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').direction);
      expect(direction).toBe('ltr');
      await close();
    },
  );

  it('has no accessibility violations (axe)', async () => {
    const { page, close } = await site.open(TOOLKIT);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
