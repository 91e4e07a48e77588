import { fix, quote } from '../../schemas/error-text.ts';
import { STATES, type StateCode } from '../../schemas/constants.ts';
import type { Problem } from '../problems.ts';
import { field, problemAt, type CheckedEntry, type PlaceLookup, type SiteRule } from './rule.ts';

/**
 * A campaign can be put on the map: its city is in the gazetteer, or it gives coordinates, and coordinates it
 * gives fall inside its state.
 */
export function placeProblems(entry: CheckedEntry, lookup: PlaceLookup): Problem[] {
  const state = field(entry, 'state');
  if (typeof state !== 'string' || !(state in STATES)) return [];
  const code = state as StateCode;
  const city = field(entry, 'city');
  const coordinates = field(entry, 'coordinates');
  const written =
    Array.isArray(coordinates) && coordinates.length === 2 && coordinates.every((part) => typeof part === 'number')
      ? (coordinates as [number, number])
      : undefined;
  if (written) {
    const inRange = Math.abs(written[0]) <= 90 && Math.abs(written[1]) <= 180;
    // Out of range, the schema already says which number is wrong.
    if (!inRange || !lookup.contains || lookup.contains(code, written)) return [];
    return [
      problemAt(
        entry,
        ['coordinates'],
        fix(
          `[${written.join(', ')}] is not in ${STATES[code].name}`,
          'write [latitude, longitude] in that order (in the US the latitude is the positive one, the longitude negative), or correct the state',
        ),
      ),
    ];
  }
  if (typeof city !== 'string' || lookup.knowsCity(city, code)) return [];
  return [
    problemAt(
      entry,
      ['city'],
      fix(
        `${quote(city)} is not in the offline gazetteer for ${code}`,
        'check the spelling, or add coordinates: [latitude, longitude] of the city centre, for example [35.99, -78.90]',
      ),
    ),
  ];
}

export const places: SiteRule = {
  id: 'places',
  description: 'Each campaign can be put on the map, and written coordinates fall inside its state.',
  check: (entries, context) =>
    entries
      .filter((entry) => entry.collection === 'campaigns')
      .flatMap((entry) => placeProblems(entry, context.places)),
};
