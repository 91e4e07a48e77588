/**
 * Finds a US city's coordinates offline, from the ZIP code gazetteer in the `zipcodes` package: the median of the
 * city's ZIP code centres, rounded to city level. The build and the near-me finder share it, so a place is where
 * the same name puts it everywhere.
 */
import zipcodes, { type ZipCode } from 'zipcodes';
import { STATES, toCityPrecision, type StateCode } from '../schemas/constants.ts';
import { cityChunk, normalizeCity, type CityRow, type ZipRow } from './near-me.ts';
import { isInState } from './state-shapes.ts';

/**
 * A handful of the package's records are wrong (a New York ZIP code with a positive longitude, Wake Island filed
 * under Hawaii). Only records inside their own state's box count.
 */
export function isPlausible(entry: ZipCode): boolean {
  return (
    entry.country === 'US' &&
    (entry.latitude !== 0 || entry.longitude !== 0) &&
    entry.state in STATES &&
    isInState(entry.state as StateCode, [entry.latitude, entry.longitude], 0.5)
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

let byName: Map<string, ZipCode[]> | undefined;

/**
 * `[lat, lng]` of a city, or undefined when the gazetteer doesn't know it under that name. Names are compared as
 * the near-me finder and the form compare them (`normalizeCity`: case, spaces, "St." for "Saint"), so all three
 * agree on which cities exist.
 */
export function findCity(city: string, state: StateCode): [lat: number, lng: number] | undefined {
  if (!byName) {
    byName = new Map();
    for (const entry of Object.values(zipcodes.codes)) {
      if (!isPlausible(entry)) continue;
      const key = `${normalizeCity(entry.city)}|${entry.state}`;
      const named = byName.get(key) ?? [];
      named.push(entry);
      byName.set(key, named);
    }
  }
  const located = byName.get(`${normalizeCity(city)}|${state}`);
  return located
    ? [
        toCityPrecision(median(located.map((match) => match.latitude))),
        toCityPrecision(median(located.map((match) => match.longitude))),
      ]
    : undefined;
}

/** `[lat, lng]` and the place name of a five-digit ZIP code, for the near-me finder. */
export function findZip(zip: string): { coordinates: [number, number]; city: string; state: string } | undefined {
  const match = /^\d{5}$/.test(zip.trim()) ? zipcodes.lookup(zip.trim()) : undefined;
  if (!match || !isPlausible(match)) return undefined;
  return {
    coordinates: [toCityPrecision(match.latitude), toCityPrecision(match.longitude)],
    city: match.city,
    state: match.state,
  };
}

/**
 * Every US ZIP code's point and state, grouped by its first two digits (a hundred files of a few kilobytes), for
 * the near-me finder.
 */
export function zipChunks(): Map<string, Record<string, ZipRow>> {
  const chunks = new Map<string, Record<string, ZipRow>>();
  for (const entry of Object.values(zipcodes.codes)) {
    if (!isPlausible(entry)) continue;
    const key = entry.zip.slice(0, 2);
    const chunk = chunks.get(key) ?? {};
    chunk[entry.zip] = [toCityPrecision(entry.latitude), toCityPrecision(entry.longitude), entry.state];
    chunks.set(key, chunk);
  }
  return chunks;
}

/** Every US city's point (the median of its ZIP codes), grouped by the first letter of its name. */
export function cityChunks(): Map<string, CityRow[]> {
  const byCity = new Map<string, { name: string; state: string; lats: number[]; lngs: number[] }>();
  for (const entry of Object.values(zipcodes.codes)) {
    if (!isPlausible(entry)) continue;
    const key = `${entry.city.toLowerCase()}|${entry.state}`;
    const city = byCity.get(key) ?? { name: entry.city, state: entry.state, lats: [], lngs: [] };
    city.lats.push(entry.latitude);
    city.lngs.push(entry.longitude);
    byCity.set(key, city);
  }
  const chunks = new Map<string, CityRow[]>();
  for (const city of byCity.values()) {
    const key = cityChunk(normalizeCity(city.name));
    const rows = chunks.get(key) ?? [];
    rows.push([city.name, city.state, toCityPrecision(median(city.lats)), toCityPrecision(median(city.lngs))]);
    chunks.set(key, rows);
  }
  return chunks;
}
