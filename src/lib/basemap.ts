/**
 * The map's offline basemap: state and territory outlines from `us-atlas`, simplified, rounded to about a
 * kilometre and shifted so that everything east of the antimeridian sits west of Hawaii. About 25 KB gzipped,
 * so the map is useful with no tile server at all.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'us-atlas/states-10m.json' with { type: 'json' };
import { STATES, type StateCode } from '../schemas/constants.ts';
import { usLongitude } from './geo.ts';
import { stateCodeOfShape } from './state-shapes.ts';

type Outline = Feature<Polygon | MultiPolygon, { code: StateCode; name: string }>;
type Atlas = Topology<{ states: GeometryCollection<{ name: string }> }>;

/** The topology with each point's importance computed once; simplifying at any weight is then cheap. */
let presimplified: Atlas | undefined;

/** Drops points that rounding made identical to the one before. */
function roundRing(ring: Position[], shift: boolean): Position[] {
  const rounded: Position[] = [];
  for (const [lng, lat] of ring as [number, number][]) {
    const point = [Math.round((shift ? usLongitude(lng) : lng) * 100) / 100, Math.round(lat * 100) / 100];
    const previous = rounded.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

/**
 * The outlines at a given simplification weight (in square degrees: larger is coarser). `shift` moves eastern
 * longitudes west of the antimeridian, for the Leaflet map; SVG maps project the true longitudes.
 */
export function stateOutlines({ weight = 0.003, shift = true } = {}): FeatureCollection<
  Polygon | MultiPolygon,
  { code: StateCode; name: string }
> {
  presimplified ??= presimplify(topology as unknown as Atlas) as Atlas;
  const simplified = simplify(presimplified, weight) as Atlas;
  const outlines: Outline[] = [];
  for (const shape of feature(simplified, simplified.objects.states).features) {
    const code = stateCodeOfShape(shape);
    if (!code || !shape.geometry) continue;
    const geometry = shape.geometry as Polygon | MultiPolygon;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
      .map((polygon) => polygon.map((ring) => roundRing(ring, shift)).filter((ring) => ring.length >= 4))
      .filter((polygon) => polygon.length > 0);
    outlines.push({
      type: 'Feature',
      properties: { code, name: STATES[code].name },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  return { type: 'FeatureCollection', features: outlines };
}
