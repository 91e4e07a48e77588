/**
 * The site with a keyboard alone, in a real browser on the built site. Every step is a key press (Tab, Shift+Tab,
 * Enter, typing): no clicks and no focus() calls, so a test passes only if a person could do the same.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { openSite, type Site } from './harness.ts';
import { MAP_READY, picked, TEMPLATES } from './templates.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The focused element in a few words, for failure messages: `a[href=/map/] "Map"`. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(nothing)';
    const href = element.getAttribute('href');
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${href ? `[href=${href}]` : ''} "${name.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  });

/** Presses Tab until `reached` holds in the page, and fails, listing where focus went, if it doesn't within `limit` presses. */
async function tabUntil(page: Page, reached: () => boolean, limit = 40): Promise<void> {
  const path: string[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(reached)) return;
    path.push(await describeFocus(page));
  }
  throw new Error(`${limit} presses of Tab did not get there. Focus went to:\n${path.join('\n')}`);
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

describe('keyboard journeys', () => {
  it('goes from the home page to a campaign through the map’s markers', async () => {
    const { page, close } = await site.open('/');
    await tabUntil(page, () => document.activeElement?.getAttribute('href') === '/map/');
    await Promise.all([page.waitForURL('**/map/'), page.keyboard.press('Enter')]);
    await page.waitForSelector(MAP_READY);

    // Into the map, to the first group of campaigns; Enter zooms in on it and gives focus back to the map.
    await tabUntil(page, () => document.activeElement?.classList.contains('map-cluster') ?? false);
    const zoom = () =>
      page.evaluate(() =>
        (document.querySelector('campaign-map') as HTMLElement & { map: { getZoom(): number } }).map.getZoom(),
      );
    const before = await zoom();
    await page.keyboard.press('Enter');
    await expect.poll(zoom, { timeout: 5_000 }).toBeGreaterThan(before);
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim'));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-canvas'))).toBe(true);

    // On to a single campaign's marker: Enter opens its popup and moves focus to the campaign's link.
    await tabUntil(page, () => document.activeElement?.classList.contains('map-marker') ?? false);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('.leaflet-popup a.map-popup-title') ?? false), {
        timeout: 5_000,
      })
      .toBe(true);
    const href = await focusedHref(page);
    const title = await page.evaluate(() => document.activeElement?.textContent);
    expect(label).toContain(title);
    expect(href).toMatch(/^\/campaigns\/[a-z0-9-]+\/$/);

    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBe(title);
    await close();
  });

  it('goes from the map to a campaign through its list, skipping the map', async () => {
    const { page, close } = await site.open('/map/');
    await page.waitForSelector(MAP_READY);
    await page.waitForSelector('#map-campaigns li a');
    await tabUntil(page, () => document.activeElement?.classList.contains('skip-map') ?? false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t('map.skip'));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-campaigns');
    await page.keyboard.press('Tab');
    const href = await focusedHref(page);
    expect(href).toBe(await page.getAttribute('#map-campaigns li:first-child a', 'href'));
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await close();
  });

  it('searches from the header and opens the first result', async () => {
    const { page, close } = await site.open('/');
    await tabUntil(page, () => document.activeElement?.id === 'header-search');
    await page.keyboard.type(picked.campaignTitle);
    await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
    await page.waitForSelector('site-search[data-phase="done"] .search-result');
    const first = await page.getAttribute('.search-result h2 a', 'href');
    await tabUntil(page, () => document.activeElement?.closest('.search-result') !== null);
    expect(await focusedHref(page)).toBe(first);
    await Promise.all([page.waitForURL(`**${first}`), page.keyboard.press('Enter')]);
    await close();
  });

  it('goes back with Shift+Tab', async () => {
    const { page, close } = await site.open('/');
    await tabUntil(page, () => document.activeElement?.getAttribute('href') === '/wins/');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedHref(page)).toBe('/map/');
    await close();
  });
});

describe('the skip link', () => {
  // Every page but the bare embed, which has no header to skip.
  const pages = TEMPLATES.filter((template) => !template.path.startsWith('/embed/'));

  it.each(pages)(
    'is the first Tab on $name, shows itself, and moves focus into the main content',
    async ({ path, ready, options }) => {
      const { page, close } = await site.open(path, options);
      if (ready) await page.waitForSelector(ready);
      await page.keyboard.press('Tab');
      const link = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        const covering = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          text: element.textContent?.trim(),
          href: element.getAttribute('href'),
          onScreen: box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
          uncovered: covering !== null && element.contains(covering),
        };
      });
      expect(link).toEqual({ text: t('a11y.skip'), href: '#main', onScreen: true, uncovered: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab lands inside the main content, past the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
      await close();
    },
  );
});

interface FocusCheck {
  element: string;
  problems: string[];
}

/**
 * What a sighted keyboard user sees of the focused element: a ring drawn as an outline (the site draws every focus
 * ring that way; a box-shadow can't be told from decoration, and forced-colours mode removes it), at least 2 px wide,
 * with 3:1 contrast against what is behind it, on an element that is on screen and not covered by anything.
 */
function checkFocus(page: Page): Promise<FocusCheck | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const problems: string[] = [];
    const style = getComputedStyle(element);
    const rgb = (color: string) => /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
    const luminance = (match: RegExpExecArray) => {
      const [r, g, b] = [1, 2, 3].map((index) => {
        const channel = Number(match[index]) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    if (!element.matches(':focus-visible')) problems.push('does not match :focus-visible');
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
      problems.push(`outline is ${style.outlineStyle} ${style.outlineWidth}`);
    else {
      // The outline sits outside the element, on its parents' background.
      let behind: RegExpExecArray | null = null;
      for (let parent = element.parentElement; parent && !behind; parent = parent.parentElement) {
        const match = rgb(getComputedStyle(parent).backgroundColor);
        if (match && (match[4] === undefined || Number(match[4]) === 1)) behind = match;
      }
      behind ??= rgb('rgb(255, 255, 255)');
      const ring = rgb(style.outlineColor);
      if (ring && behind) {
        const [light, dark] = [luminance(ring), luminance(behind)].sort((a, b) => b - a);
        const contrast = (light! + 0.05) / (dark! + 0.05);
        if (contrast < 3) problems.push(`outline ${style.outlineColor} has contrast ${contrast.toFixed(2)}:1`);
      } else problems.push(`outline colour ${style.outlineColor} could not be read`);
    }
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) problems.push('has no size');
    else if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth)
      problems.push('is off screen');
    else {
      const x = Math.min(Math.max(box.x + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.y + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && !element.contains(top) && !top.contains(element))
        problems.push(`is covered by ${top.tagName.toLowerCase()}.${top.className}`);
    }
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40);
    return { element: `${element.tagName.toLowerCase()}.${element.className} "${name}"`, problems };
  });
}

/** Tabs through the whole page, from the top until focus leaves it, and lists every stop without a visible ring. */
async function unseenFocus(page: Page, limit = 300) {
  const unseen: string[] = [];
  let first: string | undefined;
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const check = await checkFocus(page);
    if (!check || check.element === first) return { stops: step, unseen };
    first ??= check.element;
    if (check.problems.length) unseen.push(`${check.element}: ${check.problems.join('; ')}`);
  }
  return { stops: limit, unseen };
}

describe('a visible focus ring on every stop', () => {
  const paths = ['/', `/campaigns/${picked.campaign}/`, `/toolkits/${picked.toolkit}/`, '/map/'];
  const pages = (['light', 'dark'] as const).flatMap((colorScheme) =>
    paths.map((path) => [path, colorScheme] as const),
  );

  it.each(pages)('on %s (%s)', async (path, colorScheme) => {
    const { page, close } = await site.open(path, { colorScheme });
    if (path === '/map/') await page.waitForSelector(MAP_READY);
    const { stops, unseen } = await unseenFocus(page);
    expect(stops).toBeGreaterThan(20);
    expect(unseen).toEqual([]);
    await close();
  });
});
