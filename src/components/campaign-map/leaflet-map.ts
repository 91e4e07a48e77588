/**
 * The Leaflet map under `<campaign-map>`: its options and controls (on the reader's side of a right-to-left page),
 * the offline basemap of state outlines with raster tiles under it when the site sets them, the "Go to" regions,
 * and the touch rules that keep the page scrollable. Leaflet's CSS comes with this module, so it loads only where
 * the map does.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { inSlices } from '../common/main-thread.ts';

export interface MapControlLabels {
  zoomIn: string;
  zoomOut: string;
  twoFingers: string;
}

export interface MapSetup {
  labels: MapControlLabels;
  /** False for readers who asked for less motion: Leaflet fixes its animations when the map is made. */
  motion: boolean;
  /** Where the "use two fingers" hint appears on touch screens. */
  hint: HTMLElement | null;
}

/** Regions the "Go to" buttons show, in map coordinates (eastern longitudes shifted west, see usLongitude). */
export const REGIONS: Record<string, L.LatLngBoundsExpression> = {
  lower48: [
    [24.4, -125],
    [49.5, -66.9],
  ],
  alaska: [
    [51.2, -188],
    [71.4, -129.9],
  ],
  hawaii: [
    [18.9, -160.3],
    [22.3, -154.8],
  ],
  caribbean: [
    [17.6, -67.3],
    [18.6, -64.5],
  ],
  pacific: [
    [-14.6, -216],
    [20.6, -169.3],
  ],
};

export function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function createMap(container: HTMLElement, { labels, motion, hint }: MapSetup): L.Map {
  const map = L.map(container, {
    minZoom: 2,
    maxZoom: 13,
    zoomSnap: 0.5,
    scrollWheelZoom: false,
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: motion,
    fadeAnimation: motion,
    markerZoomAnimation: motion,
    inertia: motion,
  });
  // The view it opens on, set before anything is drawn: a first view that then moved would cluster the markers
  // twice, and animate the move.
  map.fitBounds(REGIONS.lower48!, { animate: false });
  if (!motion) withoutAnimatedMoves(map);
  // The map itself is laid out left to right (Leaflet positions everything that way; see CampaignMap.astro), so
  // on a right-to-left page its controls move to the other side here, where a reader's eye starts.
  const rtl = document.documentElement.dir === 'rtl';
  L.control
    .zoom({ position: rtl ? 'topright' : 'topleft', zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut })
    .addTo(map);
  L.control.attribution({ position: rtl ? 'bottomleft' : 'bottomright', prefix: false }).addTo(map);
  keepPageScrollable(map, container, hint, labels.twoFingers);
  return map;
}

/**
 * State outlines, drawn over raster tiles when `tiles` is a Leaflet URL template (and filled when it isn't), a few
 * states at a time so that a phone stays responsive.
 */
export async function drawBasemap(map: L.Map, outlines: GeoJSON.FeatureCollection, tiles?: string, attribution = '') {
  const withTiles = Boolean(tiles && tiles !== 'none');
  if (withTiles) {
    L.tileLayer(tiles!, { attribution, referrerPolicy: 'strict-origin-when-cross-origin', maxZoom: 19 }).addTo(map);
  }
  // One canvas for all the outlines: far cheaper than an SVG path per state. GeoJSON passes its options on to
  // each path, which is where Leaflet reads `renderer`; its types don't say so.
  const outlineOptions: L.GeoJSONOptions & L.PathOptions = {
    renderer: L.canvas({ padding: 0.5 }),
    interactive: false,
    style: {
      color: cssColor('--color-muted'),
      weight: 0.8,
      fillColor: cssColor('--color-surface'),
      fillOpacity: withTiles ? 0 : 1,
    },
  };
  const layer = L.geoJSON(undefined, outlineOptions).addTo(map);
  // Polygon by polygon rather than state by state: Alaska alone is hundreds of islands, which in one piece held a
  // slowed phone's main thread for about 27 ms and pushed its slice of work past 50.
  const polygons = outlines.features.flatMap((state) =>
    state.geometry.type === 'MultiPolygon'
      ? state.geometry.coordinates.map((coordinates) => ({
          ...state,
          geometry: { type: 'Polygon' as const, coordinates },
        }))
      : [state],
  );
  await inSlices(polygons, (polygon) => layer.addData(polygon));
}

/**
 * Leaflet animates the pans it starts on its own (arrow keys, a popup moving into view, a marker receiving focus)
 * unless the call passes `animate: false`, which those calls can't. For readers who asked for less motion, every
 * pan and flight on this map jumps instead.
 */
function withoutAnimatedMoves(map: L.Map) {
  const panBy = map.panBy.bind(map);
  map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  map.flyTo = (latLng, zoom, options) => map.setView(latLng, zoom, { ...options, animate: false });
  map.flyToBounds = (bounds, options) => map.fitBounds(bounds, { ...options, animate: false });
}

/**
 * On touch screens one finger scrolls the page, never the map; two fingers move and zoom it. With a mouse, the
 * wheel zooms only after the map is clicked or focused.
 */
function keepPageScrollable(map: L.Map, container: HTMLElement, hint: HTMLElement | null, twoFingers: string) {
  map.on('focus click', () => map.scrollWheelZoom.enable());
  map.on('blur mouseout', () => map.scrollWheelZoom.disable());
  if (!L.Browser.mobile) return;
  map.dragging.disable();
  container.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length >= 2) map.dragging.enable();
    },
    { passive: true },
  );
  container.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length === 1 && hint) {
        hint.textContent = twoFingers;
        hint.hidden = false;
        clearTimeout(Number(hint.dataset.timer));
        hint.dataset.timer = String(setTimeout(() => (hint.hidden = true), 1500));
      }
    },
    { passive: true },
  );
  container.addEventListener('touchend', (event) => {
    if (event.touches.length === 0) map.dragging.disable();
  });
}
