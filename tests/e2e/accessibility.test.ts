/**
 * Every page template in a real browser, on the built site: axe finds no WCAG 2.x A or AA problem (nor any of its
 * best-practice ones) in the light or the dark colour scheme, so text contrast is checked in both.
 * Small screens and less motion are in reflow-and-motion.test.ts, keyboard journeys and focus rings in
 * keyboard.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS, axeViolations, mapMarkerTarget } from './axe.ts';
import { openSite, type Site } from './harness.ts';
import { openTemplate, TEMPLATES } from './templates.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * The colour scheme changes colours, not markup, so the dark pass runs only the rules whose outcome depends on
 * colour, on the same page after switching the scheme: every other rule's answer is the light pass's.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe('axe', () => {
  // The directory lists every campaign on one page, and axe reads every element of it: give it a minute.
  it.each(TEMPLATES)(
    'finds nothing on $name ($path), in the light and the dark colour scheme',
    async (template) => {
      const { page, close } = await openTemplate(site, template, { colorScheme: 'light' });
      expect(await axeViolations(page, { tags: AXE_TAGS, ignore: mapMarkerTarget })).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page, { rules: COLOUR_RULES, ignore: mapMarkerTarget })).toEqual([]);
      await close();
    },
    60_000,
  );
});
