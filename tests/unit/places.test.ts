import { describe, expect, it } from 'vitest';
import { findCity, findZip } from '../../src/lib/gazetteer.ts';
import { locate, placeName } from '../../src/lib/places.ts';
import { isInState, stateBounds, stateCentre, stateShapes } from '../../src/lib/state-shapes.ts';
import { STATE_CODES } from '../../src/schemas/constants.ts';

describe('the offline gazetteer', () => {
  it('finds cities at city-level precision', () => {
    expect(findCity('Durham', 'NC')).toEqual([36.03, -78.89]);
    expect(findCity('Portland', 'ME')).toEqual([43.66, -70.26]);
    expect(findCity('Portland', 'OR')).toEqual([45.52, -122.68]);
  });

  it('spells out "St." and ignores extra spaces', () => {
    expect(findCity('St. Louis', 'MO')).toEqual(findCity('Saint Louis', 'MO'));
    expect(findCity('  New   York ', 'NY')).toEqual(findCity('New York', 'NY'));
  });

  it('returns nothing for a city it does not know', () => {
    expect(findCity('Nowhereville', 'NC')).toBeUndefined();
    expect(findCity('Durham', 'AK')).toBeUndefined();
  });

  it('finds ZIP codes', () => {
    expect(findZip('97201')).toEqual({ coordinates: [45.51, -122.69], city: 'Portland', state: 'OR' });
    expect(findZip('1234')).toBeUndefined();
  });
});

describe('state outlines', () => {
  it('cover every state and territory code', () => {
    expect([...stateShapes().keys()].sort()).toEqual([...STATE_CODES].sort());
  });

  it("put each state's centre inside the state", () => {
    for (const code of STATE_CODES) expect(isInState(code, stateCentre(code), 0), code).toBe(true);
  });

  it("put Michigan's centre in the Lower Peninsula", () => {
    const [lat, lng] = stateCentre('MI');
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(45);
    expect(lng).toBeGreaterThan(-86.5);
  });

  it('have boxes that catch swapped coordinates', () => {
    expect(stateBounds('NC').south).toBeGreaterThan(33);
    expect(isInState('NC', [35.99, -78.9])).toBe(true);
    expect(isInState('NC', [-78.9, 35.99])).toBe(false);
  });
});

describe('placing a campaign', () => {
  it('prefers written coordinates, then the city, then the state centre', () => {
    expect(locate({ city: 'Durham', state: 'NC', coordinates: [36, -79] })).toEqual({
      coordinates: [36, -79],
      source: 'file',
    });
    expect(locate({ city: 'Durham', state: 'NC' })).toEqual({ coordinates: [36.03, -78.89], source: 'gazetteer' });
    expect(locate({ state: 'OR' })).toEqual({ coordinates: stateCentre('OR'), source: 'state-centre' });
    expect(locate({ city: 'Nowhereville', state: 'NC' })).toBeUndefined();
  });

  it('names the place the way a reader says it', () => {
    expect(placeName({ city: 'Durham', state: 'NC' })).toBe('Durham, NC');
    expect(placeName({ county: 'Alameda County', state: 'CA' })).toBe('Alameda County, CA');
    expect(placeName({ state: 'OR' })).toBe('Oregon');
  });
});
