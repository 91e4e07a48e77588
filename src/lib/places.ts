/**
 * Where a campaign goes on the map, and how its place is written. Coordinates written in the file win; otherwise
 * the city is looked up in the offline gazetteer; a campaign with no city (statewide, or a county or statewide
 * union without coordinates) sits at its state's centre.
 */
import { STATES, type StateCode } from '../schemas/constants.ts';
import { findCity } from './gazetteer.ts';
import { stateCentre } from './state-shapes.ts';

export interface PlaceFields {
  city?: string | undefined;
  county?: string | undefined;
  state: StateCode;
  coordinates?: readonly [number, number] | undefined;
}

/** How a campaign's point was found: written in its file, looked up from its city, or its state's centre. */
export type PlaceSource = 'file' | 'gazetteer' | 'state-centre';

export interface Located {
  coordinates: [lat: number, lng: number];
  source: PlaceSource;
}

/** The campaign's point on the map, or undefined when its city isn't in the gazetteer (the build then stops). */
export function locate(place: PlaceFields): Located | undefined {
  if (place.coordinates) return { coordinates: [place.coordinates[0], place.coordinates[1]], source: 'file' };
  if (place.city) {
    const found = findCity(place.city, place.state);
    return found && { coordinates: found, source: 'gazetteer' };
  }
  return { coordinates: stateCentre(place.state), source: 'state-centre' };
}

/** "Durham, NC", "Alameda County, CA", or "Oregon" for a statewide campaign. */
export function placeName(place: PlaceFields): string {
  const local = place.city ?? place.county;
  return local ? `${local}, ${place.state}` : STATES[place.state].name;
}
