/**
 * "Find the campaign that's right for your area": turn what someone typed (a ZIP code, or a city with or without
 * its state) into a point, offline. The gazetteer is split into small files by the start of the ZIP code or the
 * city name, and the browser fetches only the one it needs.
 */
import { STATE_CODES, STATES } from '../schemas/constants.ts';
import { KM_PER_MILE, nearest as nearestTo } from './geo.ts';

export type PlaceQuery =
  { kind: 'zip'; zip: string } | { kind: 'city'; city: string; state?: string } | { kind: 'empty' };

/** A city in the gazetteer: [name, state, lat, lng]. */
export type CityRow = [string, string, number, number];

/** A ZIP code in the gazetteer: [lat, lng, state]. The state lets the finder list statewide campaigns too. */
export type ZipRow = [number, number, string];

/** The gazetteer spells out abbreviations that people usually write short. */
const SPELLED_OUT: [RegExp, string][] = [
  [/^st\.?\s+/, 'saint '],
  [/^ste\.?\s+/, 'sainte '],
  [/^ft\.?\s+/, 'fort '],
  [/^mt\.?\s+/, 'mount '],
];

/**
 * Lowercase, single spaces, abbreviations spelled out, accents kept as typed: the form every city name is compared
 * in, by the build's gazetteer, the near-me finder and the campaign form alike.
 */
export function normalizeCity(name: string): string {
  const lowered = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return SPELLED_OUT.reduce((text, [short, long]) => text.replace(short, long), lowered);
}

const STATE_BY_NAME = new Map(STATE_CODES.map((code) => [STATES[code].name.toLowerCase(), code as string]));

export function parsePlaceQuery(input: string): PlaceQuery {
  const text = input.trim();
  if (!text) return { kind: 'empty' };
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(text);
  if (zip) return { kind: 'zip', zip: zip[1]! };
  const withComma = /^(.+?),\s*([A-Za-z .]+)$/.exec(text);
  if (withComma) {
    const state = stateCode(withComma[2]!);
    if (state) return { kind: 'city', city: normalizeCity(withComma[1]!), state };
  }
  const lowered = text.toLowerCase();
  for (const [name, code] of STATE_BY_NAME)
    if (lowered.endsWith(` ${name}`) && lowered.length > name.length + 1)
      return { kind: 'city', city: normalizeCity(text.slice(0, -name.length - 1)), state: code };
  const lastWord = /^(.+)\s+([A-Za-z]{2})$/.exec(text);
  if (lastWord && stateCode(lastWord[2]!))
    return { kind: 'city', city: normalizeCity(lastWord[1]!), state: stateCode(lastWord[2]!)! };
  return { kind: 'city', city: normalizeCity(text) };
}

function stateCode(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if ((STATE_CODES as string[]).includes(upper)) return upper;
  return STATE_BY_NAME.get(text.trim().toLowerCase());
}

/** The file a query's answer is in: `zip-97` for ZIP codes starting 97, `city-du` for names starting "du". */
export function chunkOf(query: PlaceQuery): string | undefined {
  if (query.kind === 'zip') return `zip-${query.zip.slice(0, 2)}`;
  if (query.kind === 'city') return cityChunk(query.city);
  return undefined;
}

/** City files are keyed by the first two letters of the name, so each is a few kilobytes. */
export function cityChunk(normalizedName: string): string {
  const letters = [...normalizedName.slice(0, 2).padEnd(2, '_')].map((letter) => (/[a-z]/.test(letter) ? letter : '_'));
  return `city-${letters.join('')}`;
}

/** The cities in a chunk that match a query: exact name, and the state when one was given. */
export function matchCities(rows: readonly CityRow[], query: { city: string; state?: string | undefined }): CityRow[] {
  return rows.filter(([name, state]) => normalizeCity(name) === query.city && (!query.state || state === query.state));
}

/**
 * One file of the offline gazetteer (src/pages/map/places/, named by `chunkOf`): ZIP code points for a ZIP chunk,
 * city rows for a city chunk, or undefined when the site has no such file.
 */
export async function fetchPlaces(base: string, chunk: string): Promise<unknown> {
  const response = await fetch(`${base}map/places/${chunk}.json`);
  return response.ok ? ((await response.json()) as unknown) : undefined;
}

/** The `campaign-map:locate` event's detail: where the reader is, and the campaigns the finder listed, to fit in view. */
export interface LocateDetail {
  point: [number, number];
  around: [number, number][];
}

/** What the finder needs of a campaign. */
interface Findable {
  lat: number;
  lng: number;
  place: string;
  state: string;
}

/**
 * A campaign with no city or county is placed at its state's centre (see `placeName`, which then writes only the
 * state's name), so its distance from anyone means nothing; the finder lists it under the reader's state instead.
 */
export function isStatewide(campaign: Findable): boolean {
  return !campaign.place.endsWith(`, ${campaign.state}`);
}

export interface NearAnswer<Campaign> {
  /** The closest local campaigns, nearest first, with their distance in miles. */
  nearest: { campaign: Campaign; miles: number }[];
  /** Statewide campaigns in the reader's state, when it is known. */
  statewide: Campaign[];
  /** True when even the nearest local campaign is further than `nearMiles`. */
  nothingClose: boolean;
}

/** The finder's answer for a point: what is near, what covers the whole state, and whether anything is close. */
export function nearAnswer<Campaign extends Findable>(
  point: readonly [number, number],
  state: string | undefined,
  campaigns: readonly Campaign[],
  { count = 5, nearMiles = 150 } = {},
): NearAnswer<Campaign> {
  const local = campaigns.filter((campaign) => !isStatewide(campaign));
  const nearest = nearestTo(point, local, (campaign) => [campaign.lat, campaign.lng], count).map(({ item, km }) => ({
    campaign: item,
    miles: km / KM_PER_MILE,
  }));
  return {
    nearest,
    statewide: state ? campaigns.filter((campaign) => isStatewide(campaign) && campaign.state === state) : [],
    nothingClose: !nearest[0] || nearest[0].miles > nearMiles,
  };
}
