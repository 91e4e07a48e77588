/**
 * Finds a US city's coordinates offline, from the ZIP code gazetteer in the `zipcodes` package: the median of the
 * city's ZIP code centres, rounded to city level. The build and the near-me finder share it, so a place is where
 * the same name puts it everywhere.
 */
import zipcodes from 'zipcodes';
import type { StateCode } from '../schemas/state.ts';
import { toCityPrecision } from '../schemas/campaign.ts';

/** The gazetteer spells out abbreviations that people usually write short. */
const SPELLED_OUT: [RegExp, string][] = [
  [/^st\.?\s+/i, 'Saint '],
  [/^ste\.?\s+/i, 'Sainte '],
  [/^ft\.?\s+/i, 'Fort '],
  [/^mt\.?\s+/i, 'Mount '],
];

function spellings(city: string): string[] {
  const trimmed = city.trim().replace(/\s+/g, ' ');
  const spelled = SPELLED_OUT.reduce((name, [short, long]) => name.replace(short, long), trimmed);
  return spelled === trimmed ? [trimmed] : [trimmed, spelled];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const cache = new Map<string, [number, number] | undefined>();

/** `[lat, lng]` of a city, or undefined when the gazetteer doesn't know it under that name. */
export function findCity(city: string, state: StateCode): [lat: number, lng: number] | undefined {
  const key = `${city.toLowerCase()}|${state}`;
  if (!cache.has(key)) {
    const matches = spellings(city).flatMap((name) => zipcodes.lookupByName(name, state));
    const located = matches.filter((match) => match.latitude !== 0 || match.longitude !== 0);
    cache.set(
      key,
      located.length
        ? [
            toCityPrecision(median(located.map((match) => match.latitude))),
            toCityPrecision(median(located.map((match) => match.longitude))),
          ]
        : undefined,
    );
  }
  return cache.get(key);
}

/** `[lat, lng]` and the place name of a five-digit ZIP code, for the near-me finder. */
export function findZip(zip: string): { coordinates: [number, number]; city: string; state: string } | undefined {
  const match = /^\d{5}$/.test(zip.trim()) ? zipcodes.lookup(zip.trim()) : undefined;
  if (!match) return undefined;
  return {
    coordinates: [toCityPrecision(match.latitude), toCityPrecision(match.longitude)],
    city: match.city,
    state: match.state,
  };
}
