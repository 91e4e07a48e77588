import { describe, expect, it } from 'vitest';
import { placeProblems } from '../../../src/lib/checks/places.ts';
import { cityChunks, findCity } from '../../../src/lib/gazetteer.ts';
import { cityChunk, matchCities, normalizeCity } from '../../../src/lib/near-me.ts';
import type { StateCode } from '../../../src/schemas/constants.ts';
import { campaignFile } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

describe('places', () => {
  it('reports coordinates outside the state, and leaves coordinates out of range to the schema', () => {
    expect(
      problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ coordinates: '[95, -89.6]' }) }),
    ).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:15  coordinates[0]  latitude 95 is out of range — a latitude lies between -90 and 90',
    ]);
    expect(
      problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ coordinates: '[-89.6, 39.4]' }) }),
    ).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  coordinates  [-89.6, 39.4] is not in Illinois — write [latitude, longitude] in that order (in the US the latitude is the positive one, the longitude negative), or correct the state',
    ]);
  });

  it('reports a city the gazetteer does not know, and accepts it once coordinates are given', () => {
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ city: 'Nowhereville' }) })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:4:1  city  "Nowhereville" is not in the offline gazetteer for IL — check the spelling, or add coordinates: [latitude, longitude] of the city centre, for example [35.99, -78.90]',
    ]);
    const located = campaignFile({ city: 'Nowhereville', coordinates: '[39.41, -88.8]' });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': located })).toEqual([]);
  });

  it('checks written coordinates only when it is given the states’ outlines', () => {
    const entry = {
      collection: 'campaigns',
      slug: 'x',
      extension: '.mdx',
      file: 'content/campaigns/x.mdx',
      data: { city: 'Nowhereville', state: 'IL', coordinates: [-89.6, 39.4] },
      locate: () => undefined,
    };
    const knowsCity = () => false;
    expect(placeProblems(entry, { knowsCity })).toEqual([]);
    expect(placeProblems(entry, { knowsCity, contains: () => false }).map((problem) => problem.field)).toEqual([
      'coordinates',
    ]);
  });

  it('knows the same cities in the build’s gazetteer as in the files the form and the near-me finder fetch', () => {
    const chunks = cityChunks();
    const inChunks = (city: string, state: StateCode) =>
      matchCities(chunks.get(cityChunk(normalizeCity(city))) ?? [], { city: normalizeCity(city), state }).length > 0;
    const names: [string, StateCode][] = [
      ['Durham', 'NC'],
      ['St. Louis', 'MO'],
      ['saint   louis', 'MO'],
      ['Ft Lauderdale', 'FL'],
      ['Mt. Vernon', 'NY'],
      ['Springfield', 'IL'],
      ['Springfield', 'NV'],
      ['Nowhereville', 'IL'],
    ];
    const known = names.map(([city, state]) => findCity(city, state) !== undefined);
    expect(known).toEqual([true, true, true, true, true, true, false, false]);
    expect(names.map(([city, state]) => inChunks(city, state))).toEqual(known);
  });
});
