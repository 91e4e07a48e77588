import { describe, expect, it } from 'vitest';
import {
  countValues,
  countsWith,
  filterAttributesOf,
  filterStyles,
  filtersFromSearch,
  filtersToSearch,
  filterableFromAttributes,
  matches,
  type Filterable,
} from '../../src/lib/filters.ts';

const durham: Filterable = { issues: ['police-exchange'], status: 'won', level: 'city', state: 'NC', companies: [] };
const portland: Filterable = {
  issues: ['no-buy', 'divestment'],
  status: 'won',
  level: 'city',
  state: 'OR',
  companies: ['caterpillar', 'hp'],
};
const seattle: Filterable = { issues: ['police-exchange'], status: 'lost', level: 'city', state: 'WA', companies: [] };
const oregonUnion: Filterable = { issues: ['divestment'], status: 'won', level: 'union', state: 'OR', companies: [] };

describe('campaign filters', () => {
  it('keep campaigns that pass every filter that is set', () => {
    const all = [durham, portland, seattle];
    expect(all.filter((c) => matches(c, {}))).toEqual(all);
    expect(all.filter((c) => matches(c, { issue: 'police-exchange' }))).toEqual([durham, seattle]);
    expect(all.filter((c) => matches(c, { issue: 'police-exchange', status: 'won' }))).toEqual([durham]);
    expect(all.filter((c) => matches(c, { company: 'hp', state: 'OR' }))).toEqual([portland]);
    expect(all.filter((c) => matches(c, { company: 'hp', state: 'NC' }))).toEqual([]);
  });

  it('tell a city council from a union in the same state', () => {
    const all = [portland, oregonUnion];
    expect(all.filter((c) => matches(c, { level: 'city' }))).toEqual([portland]);
    expect(all.filter((c) => matches(c, { level: 'union', state: 'OR' }))).toEqual([oregonUnion]);
    expect(filtersFromSearch('?level=union&state=OR')).toEqual({ level: 'union', state: 'OR' });
    expect(filtersToSearch({ state: 'OR', level: 'union' })).toBe('?level=union&state=OR');
    expect(countValues(all).level.get('union')).toBe(1);
  });

  it('go to and from the address in a fixed order', () => {
    expect(filtersToSearch({ state: 'OR', issue: 'divestment' })).toBe('?issue=divestment&state=OR');
    expect(filtersToSearch({})).toBe('');
    expect(filtersFromSearch('?state=OR&issue=divestment&zoom=4&status=')).toEqual({
      issue: 'divestment',
      state: 'OR',
    });
  });

  it('count each value for the menus', () => {
    const counts = countValues([durham, portland, seattle]);
    expect(counts.issue.get('police-exchange')).toBe(2);
    expect(counts.status.get('won')).toBe(2);
    expect(counts.company.get('caterpillar')).toBe(1);
  });

  it('become CSS that hides what does not match, without JavaScript', () => {
    const css = filterStyles('campaign-directory', {
      issue: ['divestment'],
      status: ['won'],
      level: [],
      state: [],
      company: [],
    });
    expect(css).toContain(
      'campaign-directory:has(#filter-issue option[value="divestment"]:checked) [data-filter-item]:not([data-issues~="divestment"])',
    );
    expect(css).toContain(
      'campaign-directory:has(#filter-status option[value="won"]:checked) [data-group]:not(:has([data-status="won"]))',
    );
    expect(css.split('\n')).toHaveLength(2);
  });

  it('count each option as it would show with the other filters set', () => {
    const all = [durham, portland, seattle, oregonUnion];
    const inOregon = countsWith(all, { state: 'OR' });
    expect(Object.fromEntries(inOregon.status)).toEqual({ won: 2 });
    expect(Object.fromEntries(inOregon.level)).toEqual({ city: 1, union: 1 });
    // The state menu ignores its own choice, so the reader can see what choosing another state would give.
    expect(Object.fromEntries(inOregon.state)).toEqual({ NC: 1, OR: 2, WA: 1 });
    const wonCities = countsWith(all, { status: 'won', level: 'city' });
    expect(Object.fromEntries(wonCities.state)).toEqual({ NC: 1, OR: 1 });
    expect(Object.fromEntries(wonCities.status)).toEqual({ won: 2, lost: 1 });
    expect(countsWith(all, {})).toEqual(countValues(all));
  });

  it('write the data attributes that the CSS rules and the script read back', () => {
    const attributes = filterAttributesOf(portland);
    expect(attributes).toEqual({
      'data-issues': 'no-buy divestment',
      'data-status': 'won',
      'data-level': 'city',
      'data-state': 'OR',
      'data-companies': 'caterpillar hp',
    });
    expect(filterableFromAttributes((name) => attributes[name] ?? null)).toEqual(portland);
  });
});
