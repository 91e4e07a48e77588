/**
 * Every page template in a real browser, on the built site: axe finds no WCAG 2.x A or AA problem (nor any of its
 * best-practice ones) in the light or the dark colour scheme, so text contrast is checked in both; on a 320 px
 * screen the page reflows without scrolling sideways; and a reader who asks for less motion gets none, on the page
 * or on the map.
 * Keyboard journeys and focus rings are in keyboard.test.ts.
 */
import type { NodeResult } from 'axe-core';
import type { Map as LeafletMap } from 'leaflet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS, axeViolations } from './axe.ts';
import { openSite, type Site } from './harness.ts';
import { MAP_READY, openTemplate, picked, TEMPLATES } from './templates.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * Map markers sit where their cities are, so at a phone's zoom some are closer together than WCAG 2.5.8 asks of
 * targets; the list of campaigns beside the map offers every marker's link and "Show on map" at full size, which
 * is the criterion's "equivalent" exception (the embedded map links to that full map). Every other target on a map page is still checked.
 */
const markerTarget = (rule: string, node: NodeResult) =>
  rule === 'target-size' && /leaflet-marker-icon/.test(node.html);

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (colorScheme) => {
  // The directory lists every campaign on one page, and axe reads every element of it: give it a minute.
  it.each(TEMPLATES)(
    'finds nothing on $name ($path)',
    async (template) => {
      const { page, close } = await openTemplate(site, template, { colorScheme });
      expect(await axeViolations(page, { tags: AXE_TAGS, ignore: markerTarget })).toEqual([]);
      await close();
    },
    60_000,
  );
});

/**
 * A phone's width changes the layout, not the markup or the colours, so this pass runs the rules whose outcome
 * depends on layout (the full set runs above): targets big enough for a thumb, and no scrolling box a keyboard
 * can't reach.
 */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

describe('on a 320 px screen', () => {
  it.each(TEMPLATES)(
    '$name ($path) reflows, with targets big enough and nothing to scroll sideways',
    async (template) => {
      const { page, close } = await openTemplate(site, template, { viewport: { width: 320, height: 640 } });
      expect(await axeViolations(page, { rules: LAYOUT_RULES, ignore: markerTarget })).toEqual([]);
      // WCAG 1.4.10: content reflows into the width; anything wider scrolls inside its own box (a data table).
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .slice(0, 5)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(element.getBoundingClientRect().right)} px`,
          );
      });
      expect(overflowing).toEqual([]);
      await close();
    },
    60_000,
  );
});

/** Every element's transition and animation durations, and the page's scroll behaviour. */
function motionOnPage(page: Page) {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map((value) => parseFloat(value) || 0));
    let transition = 0;
    let animation = 0;
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        transition = Math.max(transition, seconds(style.transitionDuration) + seconds(style.transitionDelay));
        if (style.animationName !== 'none') animation = Math.max(animation, seconds(style.animationDuration));
      }
    }
    return { transition, animation, scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
  });
}

/** The map's animation settings, and whether a pan, a flight and a zoom happen at once rather than over frames. */
function mapMotion(page: Page) {
  return page.evaluate(() => {
    const map = (document.querySelector('campaign-map') as HTMLElement & { map: LeafletMap }).map;
    let clustersAnimate: boolean | undefined;
    map.eachLayer((layer) => {
      if ('getVisibleParent' in layer) clustersAnimate = (layer.options as { animate?: boolean }).animate;
    });
    // An animated pan has barely started when panBy returns; a jump has gone the whole way.
    const start = map.getCenter();
    map.panBy([120, 40]);
    const panJumps = map.latLngToContainerPoint(start).distanceTo(map.latLngToContainerPoint(map.getCenter())) > 100;
    map.flyTo([40, -100], 6);
    const flightJumps = map.getZoom() === 6;
    map.setZoom(7);
    const zoomJumps = map.getZoom() === 7;
    const { zoomAnimation, fadeAnimation, markerZoomAnimation, inertia } = map.options;
    return {
      zoomAnimation,
      fadeAnimation,
      markerZoomAnimation,
      inertia,
      clustersAnimate,
      panJumps,
      flightJumps,
      zoomJumps,
    };
  });
}

describe('less motion', () => {
  const popup = `/map/?campaign=${picked.campaign}`;

  it('turns off every transition, animation and smooth scroll when the reader asks for less motion', async () => {
    const { page, close } = await site.open(popup, { reducedMotion: 'reduce' });
    await page.waitForSelector('.leaflet-popup a');
    expect(await motionOnPage(page)).toEqual({ transition: 0, animation: 0, scrollBehavior: 'auto' });
    await close();
  });

  it('keeps them otherwise, so the check above can see them (the map’s popup fades in)', async () => {
    const { page, close } = await site.open(popup, { reducedMotion: 'no-preference' });
    await page.waitForSelector('.leaflet-popup a');
    expect((await motionOnPage(page)).transition).toBeGreaterThan(0);
    await close();
  });

  it('makes the map jump instead of gliding: no zoom, fade, marker, cluster or pan animation', async () => {
    const { page, close } = await site.open('/map/', { reducedMotion: 'reduce' });
    await page.waitForSelector(MAP_READY);
    expect(await mapMotion(page)).toEqual({
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      inertia: false,
      clustersAnimate: false,
      panJumps: true,
      flightJumps: true,
      zoomJumps: true,
    });
    await close();
  });

  it('animates the map for everyone else', async () => {
    const { page, close } = await site.open('/map/', { reducedMotion: 'no-preference' });
    await page.waitForSelector(MAP_READY);
    expect(await mapMotion(page)).toEqual({
      zoomAnimation: true,
      fadeAnimation: true,
      markerZoomAnimation: true,
      inertia: true,
      clustersAnimate: true,
      panJumps: false,
      flightJumps: false,
      zoomJumps: false,
    });
    await close();
  });
});
