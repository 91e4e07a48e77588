/**
 * State and territory outlines from `us-atlas` (Census cartographic boundaries, 1:10m), as GeoJSON in longitude and
 * latitude. They give each state a centre (where statewide campaigns go on the map) and a bounding box (to catch
 * coordinates that were swapped or mistyped).
 */
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'us-atlas/states-10m.json' with { type: 'json' };
import { STATE_CODES, STATES, type StateCode } from '../schemas/constants.ts';

export type StateShape = Feature<Polygon | MultiPolygon, { name: string }>;

const atlas = topology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;

const codeByFips = new Map<string, StateCode>(STATE_CODES.map((code) => [STATES[code].fips, code]));

/** The USPS code of a `us-atlas` shape, whose id is the state's FIPS code; undefined for a shape not in STATES. */
export function stateCodeOfShape(shape: { id?: string | number | undefined }): StateCode | undefined {
  return codeByFips.get(String(shape.id));
}

let shapes: Map<StateCode, StateShape> | undefined;

/** Every state's outline, keyed by USPS code. Decoded once, on first use. */
export function stateShapes(): Map<StateCode, StateShape> {
  if (!shapes) {
    shapes = new Map();
    const collection = feature(atlas, atlas.objects.states);
    for (const shape of collection.features) {
      const code = stateCodeOfShape(shape);
      if (code) shapes.set(code, shape as StateShape);
    }
  }
  return shapes;
}

function polygonsOf(shape: StateShape): Position[][][] {
  return shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
}

/** Signed area and centroid of a ring, treating longitude and latitude as plane coordinates (fine at this scale). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: ring[0]![0]!, y: ring[0]![1]! } : { area, x: x / (6 * area), y: y / (6 * area) };
}

/**
 * Where a state's statewide campaigns are drawn: the centroid of its largest piece of land, so Michigan's point
 * falls in the Lower Peninsula and Hawaii's on an island rather than in the sea between them.
 */
export function stateCentre(code: StateCode): [lat: number, lng: number] {
  const shape = stateShapes().get(code);
  if (!shape) throw new Error(`No outline for state ${code} in us-atlas.`);
  const largest = polygonsOf(shape)
    .map((polygon) => ringCentroid(polygon[0]!))
    .sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0]!;
  return [Math.round(largest.y * 100) / 100, Math.round(largest.x * 100) / 100];
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const boundsCache = new Map<StateCode, Bounds>();

/** The box around a state's outline. Worked out once per state: the gazetteer checks 40,000 ZIP codes against it. */
export function stateBounds(code: StateCode): Bounds {
  const cached = boundsCache.get(code);
  if (cached) return cached;
  const shape = stateShapes().get(code);
  if (!shape) throw new Error(`No outline for state ${code} in us-atlas.`);
  const bounds = { south: 90, west: 180, north: -90, east: -180 };
  for (const polygon of polygonsOf(shape))
    for (const [lng, lat] of polygon[0]! as [number, number][]) {
      bounds.south = Math.min(bounds.south, lat);
      bounds.north = Math.max(bounds.north, lat);
      bounds.west = Math.min(bounds.west, lng);
      bounds.east = Math.max(bounds.east, lng);
    }
  boundsCache.set(code, bounds);
  return bounds;
}

/** True when the point is inside the state's box, with `margin` degrees to spare for coastal and border towns. */
export function isInState(code: StateCode, [lat, lng]: readonly [number, number], margin = 0.25): boolean {
  const box = stateBounds(code);
  return lat >= box.south - margin && lat <= box.north + margin && lng >= box.west - margin && lng <= box.east + margin;
}
