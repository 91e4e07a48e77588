/**
 * "Find the campaign that's right for your area": turn what someone typed (a ZIP code, or a city with or without
 * its state) into a point, offline. The gazetteer is split into small files by the start of the ZIP code or the
 * city name, and the browser fetches only the one it needs.
 */
import { STATE_CODES, STATES } from '../schemas/constants.ts';

export type PlaceQuery =
  { kind: 'zip'; zip: string } | { kind: 'city'; city: string; state?: string } | { kind: 'empty' };

/** A city in the gazetteer: [name, state, lat, lng]. */
export type CityRow = [string, string, number, number];

const SPELLED_OUT: [RegExp, string][] = [
  [/^st\.?\s+/, 'saint '],
  [/^ste\.?\s+/, 'sainte '],
  [/^ft\.?\s+/, 'fort '],
  [/^mt\.?\s+/, 'mount '],
];

/** Lowercase, single spaces, abbreviations spelled out, accents kept as typed: the form names are compared in. */
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
