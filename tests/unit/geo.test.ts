import { describe, expect, it } from 'vitest';
import { distanceKm, KM_PER_MILE, nearest, usLongitude } from '../../src/lib/geo.ts';
import { decodeMapData, encodeMapData, type MapCampaign } from '../../src/lib/map-data.ts';
import {
  chunkOf,
  isStatewide,
  matchCities,
  nearAnswer,
  normalizeCity,
  parsePlaceQuery,
  type CityRow,
} from '../../src/lib/near-me.ts';

describe('distance', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm([36.03, -78.89], [36.03, -78.89])).toBe(0);
    // Durham, NC to Portland, OR: about 2,300 miles.
    expect(distanceKm([36.03, -78.89], [45.52, -122.68]) / KM_PER_MILE).toBeCloseTo(2_340, -2);
    // One degree of latitude is about 111 km anywhere.
    expect(distanceKm([10, 20], [11, 20])).toBeCloseTo(111.2, 0);
  });

  it('finds the nearest items, nearest first', () => {
    const places = [
      { id: 'portland', at: [45.52, -122.68] as [number, number] },
      { id: 'durham', at: [36.03, -78.89] as [number, number] },
      { id: 'raleigh', at: [35.78, -78.64] as [number, number] },
    ];
    expect(nearest([36.0, -78.9], places, (place) => place.at, 2).map((result) => result.item.id)).toEqual([
      'durham',
      'raleigh',
    ]);
  });

  it('moves places east of the antimeridian west of Hawaii', () => {
    expect(usLongitude(144.79)).toBeCloseTo(-215.21);
    expect(usLongitude(-122.68)).toBe(-122.68);
  });
});

describe('the map data', () => {
  it('packs and unpacks campaigns without losing anything', () => {
    const campaigns: MapCampaign[] = [
      {
        id: 'a',
        title: 'A',
        place: 'Durham, NC',
        lat: 36.03,
        lng: -78.89,
        status: 'won',
        level: 'city',
        issues: ['police-exchange', 'ceasefire'],
        state: 'NC',
        companies: [],
      },
      {
        id: 'b',
        title: 'B',
        place: 'Oregon',
        lat: 43.94,
        lng: -120.56,
        status: 'partial',
        level: 'union',
        issues: ['divestment'],
        state: 'OR',
        companies: ['nso-group', 'caterpillar'],
      },
    ];
    const packed = encodeMapData(campaigns);
    expect(packed.companies).toEqual(['caterpillar', 'nso-group']);
    expect(decodeMapData(JSON.parse(JSON.stringify(packed)))).toEqual(campaigns);
  });
});

describe('near-me queries', () => {
  it('reads ZIP codes and cities with or without a state', () => {
    expect(parsePlaceQuery(' 27701 ')).toEqual({ kind: 'zip', zip: '27701' });
    expect(parsePlaceQuery('27701-1234')).toEqual({ kind: 'zip', zip: '27701' });
    expect(parsePlaceQuery('Durham, NC')).toEqual({ kind: 'city', city: 'durham', state: 'NC' });
    expect(parsePlaceQuery('durham nc')).toEqual({ kind: 'city', city: 'durham', state: 'NC' });
    expect(parsePlaceQuery('Portland, Maine')).toEqual({ kind: 'city', city: 'portland', state: 'ME' });
    expect(parsePlaceQuery('Columbus Ohio')).toEqual({ kind: 'city', city: 'columbus', state: 'OH' });
    expect(parsePlaceQuery('Kansas City Kansas')).toEqual({ kind: 'city', city: 'kansas city', state: 'KS' });
    expect(parsePlaceQuery('Ohio')).toEqual({ kind: 'city', city: 'ohio' });
    expect(parsePlaceQuery('St. Louis')).toEqual({ kind: 'city', city: 'saint louis' });
    expect(parsePlaceQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('knows which small file holds the answer', () => {
    expect(chunkOf({ kind: 'zip', zip: '27701' })).toBe('zip-27');
    expect(chunkOf({ kind: 'city', city: 'durham' })).toBe('city-du');
    expect(chunkOf({ kind: 'city', city: "o'fallon" })).toBe('city-o_');
    expect(normalizeCity('  Mt.   Vernon ')).toBe('mount vernon');
  });

  it('matches cities by name, and by state when given', () => {
    const rows: CityRow[] = [
      ['Durham', 'NC', 36.03, -78.89],
      ['Durham', 'NH', 43.13, -70.92],
      ['Durant', 'OK', 33.99, -96.39],
    ];
    expect(matchCities(rows, { city: 'durham' })).toHaveLength(2);
    expect(matchCities(rows, { city: 'durham', state: 'NH' })).toEqual([['Durham', 'NH', 43.13, -70.92]]);
  });
});

describe('the near-me answer', () => {
  const campaign = (id: string, place: string, state: string, lat: number, lng: number) => ({
    id,
    place,
    state,
    lat,
    lng,
  });
  const durham = campaign('durham', 'Durham, NC', 'NC', 35.99, -78.9);
  const raleigh = campaign('raleigh', 'Raleigh, NC', 'NC', 35.78, -78.64);
  const statewideNC = campaign('nc-statewide', 'North Carolina', 'NC', 35.5, -79.4);
  const wakeCounty = campaign('wake', 'Wake County, NC', 'NC', 35.78, -78.64);
  const portland = campaign('portland', 'Portland, OR', 'OR', 45.52, -122.68);
  const all = [portland, statewideNC, raleigh, durham, wakeCounty];

  it('lists local campaigns nearest first, and statewide ones apart, for the reader’s state only', () => {
    const answer = nearAnswer([36.0, -78.9], 'NC', all);
    expect(answer.nearest.map(({ campaign }) => campaign.id)).toEqual(['durham', 'raleigh', 'wake', 'portland']);
    expect(answer.nearest[0]!.miles).toBeLessThan(2);
    expect(answer.statewide.map(({ id }) => id)).toEqual(['nc-statewide']);
    expect(answer.nothingClose).toBe(false);
    expect(nearAnswer([36.0, -78.9], 'OR', all).statewide).toEqual([]);
    expect(nearAnswer([36.0, -78.9], undefined, all).statewide).toEqual([]);
  });

  it('says when nothing is close, and still lists the nearest', () => {
    const fairbanks = nearAnswer([64.84, -147.72], 'AK', all, { count: 2 });
    expect(fairbanks.nothingClose).toBe(true);
    expect(fairbanks.nearest.map(({ campaign }) => campaign.id)).toEqual(['portland', 'durham']);
    expect(nearAnswer([64.84, -147.72], 'AK', []).nothingClose).toBe(true);
  });

  it('tells a statewide campaign from a local one by how its place is written', () => {
    expect(isStatewide(statewideNC)).toBe(true);
    expect(isStatewide(wakeCounty)).toBe(false);
    expect(isStatewide(durham)).toBe(false);
  });
});
