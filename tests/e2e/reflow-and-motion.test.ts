/**
 * Every page template on a 320 px screen, where it reflows without scrolling sideways and keeps its targets big
 * enough for a thumb; and a reader who asks for less motion gets none, on the page or on the map.
 * axe's full set of rules is in accessibility.test.ts.
 */
import type { Map as LeafletMap } from 'leaflet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, mapMarkerTarget } from './axe.ts';
import { openSite, type Site } from './harness.ts';
import { MAP_READY, openTemplate, picked, TEMPLATES } from './templates.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * A phone's width changes the layout, not the markup or the colours, so this pass runs the rules whose outcome
 * depends on layout (the full set runs in accessibility.test.ts): targets big enough for a thumb, and no scrolling box a keyboard
 * can't reach.
 */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

describe('on a 320 px screen', () => {
  it.each(TEMPLATES)(
    '$name ($path) reflows, with targets big enough and nothing to scroll sideways',
    async (template) => {
      const { page, close } = await openTemplate(site, template, { viewport: { width: 320, height: 640 } });
      expect(await axeViolations(page, { rules: LAYOUT_RULES, ignore: mapMarkerTarget })).toEqual([]);
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
