/**
 * The accessibility checks are only as good as the runner under them: on a page made to break rules, it reports
 * each one, in the dark scheme's pass too, and refuses a page with a frame it would not look inside.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { AXE_TAGS, axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const BROKEN = `<html lang="en"><title>Broken</title><main><h1>Broken</h1><img src="a.png">
  <p style="color: #bbb; background: #fff">Pale text</p></main></html>`;

it('reports every rule a page breaks, one line per element, and runs again after the scheme changes', async () => {
  const page = await browser.newPage();
  await page.setContent(BROKEN);
  const rules = (lines: string[]) => lines.map((line) => line.split(' ')[0]);
  expect(rules(await axeViolations(page, { tags: AXE_TAGS }))).toEqual(['color-contrast', 'image-alt']);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(rules(await axeViolations(page, { rules: ['color-contrast'] }))).toEqual(['color-contrast']);
  await page.close();
});

it('refuses a page with a frame rather than check half of it', async () => {
  const page = await browser.newPage();
  await page.setContent('<html lang="en"><title>Framed</title><iframe title="Inside" srcdoc="hi"></iframe></html>');
  await expect(axeViolations(page)).rejects.toThrow(/has a frame/);
  await page.close();
});
