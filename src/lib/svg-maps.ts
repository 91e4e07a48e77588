/**
 * Static maps drawn at build time as SVG: a state's outline with one campaign's point (on campaign pages), and the
 * whole country with every campaign (on the home page). No JavaScript, no tiles: they print, and they load with
 * the page.
 */
import { geoAlbersUsa, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { StateCode } from '../schemas/constants.ts';
import { stateOutlines } from './basemap.ts';

type Outline = Feature<Polygon | MultiPolygon, { code: StateCode; name: string }>;

const outlinesByWeight = new Map<number, Map<StateCode, Outline>>();

/**
 * A state's outline in true longitudes, simplified so that no detail smaller than about half a pixel survives
 * when the state is drawn `pixels` wide: Rhode Island keeps its bays, Alaska sheds most of its islets.
 */
function outline(code: StateCode, pixels = 320): Outline {
  // The size of a state, from a coarse outline; a state as small as DC vanishes at that coarseness, and gets the finest.
  const coarse = (outlinesByWeight.get(0.02) ?? loadOutlines(0.02)).get(code);
  const [[west, south], [east, north]] = coarse?.geometry.coordinates.length
    ? boundsOf(coarse)
    : [
        [0, 0],
        [0, 0],
      ];
  const degreesPerPixel = Math.max(east - west, north - south) / pixels;
  const weight = Math.max(Number((0.5 * degreesPerPixel ** 2).toPrecision(1)), 1e-7);
  const shape = (outlinesByWeight.get(weight) ?? loadOutlines(weight)).get(code);
  if (!shape) throw new Error(`No outline for ${code}`);
  return shape;
}

function loadOutlines(weight: number): Map<StateCode, Outline> {
  const outlines = new Map(
    stateOutlines({ weight, shift: false }).features.map((shape) => [shape.properties.code, shape]),
  );
  outlinesByWeight.set(weight, outlines);
  return outlines;
}

function boundsOf(shape: Outline): [[number, number], [number, number]] {
  const points = shape.geometry.coordinates.flat(2) as [number, number][];
  const lngs = points.map(([lng]) => lng);
  const lats = points.map(([, lat]) => lat);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}

export interface StateMap {
  width: number;
  height: number;
  /** The state's outline as an SVG path. */
  path: string;
  /** Where a [lat, lng] point falls on the map. */
  project: (point: readonly [number, number]) => [x: number, y: number];
}

const round = (value: number) => Math.round(value * 10) / 10;

const stateMaps = new Map<string, StateMap>();

/**
 * A state's outline, fitted into a box at most `size` pixels wide or tall, with `pad` pixels around it. Every
 * campaign page in a state draws the same outline, so each is worked out once per build.
 */
export function stateMap(code: StateCode, size = 320, pad = 12): StateMap {
  const key = `${code}|${size}|${pad}`;
  if (!stateMaps.has(key)) stateMaps.set(key, drawStateMap(code, size, pad));
  return stateMaps.get(key)!;
}

function drawStateMap(code: StateCode, size: number, pad: number): StateMap {
  const shape = outline(code, size);
  const [[west], [east]] = boundsOf(shape);
  const centre = (west + east) / 2;
  const fitted = geoMercator().rotate([-centre, 0]).fitSize([size, size], shape);
  const [[x0, y0], [x1, y1]] = geoPath(fitted).bounds(shape);
  const projection = geoMercator()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [pad, pad],
        [round(x1 - x0) + pad, round(y1 - y0) + pad],
      ],
      shape,
    );
  return {
    width: round(x1 - x0) + 2 * pad,
    height: round(y1 - y0) + 2 * pad,
    path: geoPath(projection).digits(1)(shape) ?? '',
    project: ([lat, lng]) => {
      const [x, y] = projection([lng, lat]) ?? [0, 0];
      return [round(x), round(y)];
    },
  };
}

export interface NationalMap {
  width: number;
  height: number;
  /** One path per state or territory. */
  states: { code: StateCode; path: string }[];
  /** Small boxes for the territories, drawn apart from the states, with the territories each holds. */
  insets: { codes: StateCode[]; x: number; y: number; width: number; height: number }[];
  /** Each point projected, or undefined for a point the map can't show. */
  project: (point: readonly [number, number], state: StateCode) => [number, number] | undefined;
}

const WIDTH = 960;
const HEIGHT = 600;
/** About half a pixel at the national map's scale. */
const NATIONAL_WEIGHT = 0.005;

function national(code: StateCode): Outline {
  return (outlinesByWeight.get(NATIONAL_WEIGHT) ?? loadOutlines(NATIONAL_WEIGHT)).get(code)!;
}

/** Territories the Albers USA projection leaves out, drawn in insets along the bottom edge. */
const TERRITORY_INSETS: { codes: StateCode[]; box: [[number, number], [number, number]] }[] = [
  {
    codes: ['PR', 'VI'],
    box: [
      [800, 530],
      [950, 590],
    ],
  },
  {
    codes: ['GU', 'MP'],
    box: [
      [20, 470],
      [70, 590],
    ],
  },
  {
    codes: ['AS'],
    box: [
      [80, 540],
      [130, 590],
    ],
  },
];

/** The United States in the Albers projection, with Alaska and Hawaii moved in and the territories in insets. */
export function nationalMap(): NationalMap {
  const main = geoAlbersUsa().fitSize([WIDTH, HEIGHT - 40], {
    type: 'FeatureCollection',
    features: (['WA', 'ME', 'FL', 'TX', 'CA', 'AK', 'HI'] as StateCode[]).map((code) => national(code)),
  });
  const projections = new Map<StateCode, GeoProjection>();
  const insets: NationalMap['insets'] = [];
  for (const { codes, box } of TERRITORY_INSETS) {
    const group = { type: 'FeatureCollection' as const, features: codes.map((code) => outline(code, 60)) };
    const projection = geoMercator()
      .rotate([-boundsOf(group.features[0]!)[0][0], 0])
      .fitExtent(box, group);
    for (const code of codes) projections.set(code, projection);
    insets.push({
      codes,
      x: box[0][0] - 6,
      y: box[0][1] - 6,
      width: box[1][0] - box[0][0] + 12,
      height: box[1][1] - box[0][1] + 12,
    });
  }
  const projectionOf = (code: StateCode) => projections.get(code) ?? (main as unknown as GeoProjection);
  const codes = [...loadOutlines(NATIONAL_WEIGHT).keys()];
  return {
    width: WIDTH,
    height: HEIGHT,
    states: codes
      .map((code) => ({
        code,
        path: geoPath(projectionOf(code)).digits(0)(projections.has(code) ? outline(code, 60) : national(code)) ?? '',
      }))
      .filter((state) => state.path),
    insets,
    project: ([lat, lng], state) => {
      const point = projectionOf(state)([lng, lat]);
      return point ? [round(point[0]), round(point[1])] : undefined;
    },
  };
}
