import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  campaignValues,
  countChosen,
  FILTER_ATTRIBUTES,
  FILTER_KEYS,
  filterStyles,
  filtersFromSearch,
  filtersToSearch,
  itemValues,
  matchesChosen,
  matches,
  type Filterable,
} from '../../src/lib/filters.ts';
import { searchFromUrl, searchToUrl } from '../../src/lib/search.ts';
import { readUrlState, URL_KEYS, writeUrlState } from '../../src/lib/url-state.ts';

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
    const counts = countChosen([durham, portland, seattle].map(campaignValues), {}, FILTER_KEYS);
    expect(counts.issue!.get('police-exchange')).toBe(2);
    expect(counts.status!.get('won')).toBe(2);
    expect(counts.company!.get('caterpillar')).toBe(1);
  });

  it('become CSS that hides what does not match, without JavaScript', () => {
    const menu = (key: 'issue' | 'status', value: string) => ({
      key,
      label: key,
      ...FILTER_ATTRIBUTES[key],
      options: [{ value, label: value, count: 1 }],
    });
    const css = filterStyles('filtered-list', [menu('issue', 'divestment'), menu('status', 'won')]);
    expect(css).toContain(
      'filtered-list:has(#filter-issue option[value="divestment"]:checked) [data-filter-item]:not([data-issues~="divestment"])',
    );
    expect(css).toContain(
      'filtered-list:has(#filter-status option[value="won"]:checked) [data-group]:not(:has([data-status="won"]))',
    );
    expect(css.split('\n')).toHaveLength(4);
    expect(css).toMatch(/^@media \(scripting: none\) \{\n[\s\S]*\n\}$/);
  });

  it('count each option as it would show with the other filters set', () => {
    const all = [durham, portland, seattle, oregonUnion].map(campaignValues);
    const inOregon = countChosen(all, { state: 'OR' }, FILTER_KEYS);
    expect(Object.fromEntries(inOregon.status!)).toEqual({ won: 2 });
    expect(Object.fromEntries(inOregon.level!)).toEqual({ city: 1, union: 1 });
    // The state menu ignores its own choice, so the reader can see what choosing another state would give.
    expect(Object.fromEntries(inOregon.state!)).toEqual({ NC: 1, OR: 2, WA: 1 });
    const wonCities = countChosen(all, { status: 'won', level: 'city' }, FILTER_KEYS);
    expect(Object.fromEntries(wonCities.state!)).toEqual({ NC: 1, OR: 1 });
    expect(Object.fromEntries(wonCities.status!)).toEqual({ won: 2, lost: 1 });
  });

  it('match an item only when it has every chosen value', () => {
    const values = campaignValues(portland);
    expect(matchesChosen(values, {})).toBe(true);
    expect(matchesChosen(values, { company: 'hp', state: 'OR' })).toBe(true);
    expect(matchesChosen(values, { company: 'hp', state: 'NC' })).toBe(false);
    expect(matchesChosen(values, { year: '2024' })).toBe(false);
  });

  it('write the data attributes that the CSS rules and the script read back', () => {
    const menus = FILTER_KEYS.map((key) => ({ key, ...FILTER_ATTRIBUTES[key] }));
    const attributes = attributesOf(campaignValues(portland), menus);
    expect(attributes).toEqual({
      'data-issues': 'no-buy divestment',
      'data-status': 'won',
      'data-level': 'city',
      'data-state': 'OR',
      'data-companies': 'caterpillar hp',
    });
    expect(itemValues((name) => attributes[name] ?? null, menus)).toEqual(campaignValues(portland));
  });
});

describe('choices in the address', () => {
  it('are written in one order whichever page writes them', () => {
    const map = filtersToSearch({ state: 'OR', company: 'hp', q: 'portland', issue: 'divestment' });
    const search = searchToUrl({
      q: 'portland',
      filters: { company: 'hp', state: 'OR', issue: 'divestment' },
      sort: 'relevance',
    });
    // The directory's lists write their menus' choices as they are set, in any order.
    const list = writeUrlState(
      Object.fromEntries([
        ['state', 'OR'],
        ['company', 'hp'],
        ['issue', 'divestment'],
        ['q', 'portland'],
      ]),
    );
    expect(map).toBe('?q=portland&issue=divestment&state=OR&company=hp');
    expect(search).toBe(map);
    expect(list).toBe(map);
    expect(writeUrlState({ sort: 'newest', kind: 'ordinance', year: '2024', type: 'win', q: 'x' })).toBe(
      '?q=x&type=win&year=2024&kind=ordinance&sort=newest',
    );
  });

  it('open the same filters from links written in the old orders', () => {
    // The map and directory wrote q last; search wrote type, state, level, issue, status, company.
    expect(filtersFromSearch('?issue=divestment&state=OR&q=portland')).toEqual(
      filtersFromSearch('?q=portland&issue=divestment&state=OR'),
    );
    expect(searchFromUrl('?q=nso&type=campaign&state=OR&level=city&issue=surveillance&sort=newest')).toEqual({
      q: 'nso',
      filters: { type: 'campaign', state: 'OR', level: 'city', issue: 'surveillance' },
      sort: 'newest',
    });
    expect(readUrlState('?year=2024&kind=ordinance&state=NC', ['state', 'year', 'kind'])).toEqual({
      state: 'NC',
      year: '2024',
      kind: 'ordinance',
    });
  });

  it('leave out what is empty, blank or not theirs, and trim what they keep', () => {
    expect(readUrlState('?q=%20%20&state=%20OR%20&zoom=4&near=Durham', URL_KEYS)).toEqual({ state: 'OR' });
    expect(readUrlState('?sort=newest&state=OR', ['state'])).toEqual({ state: 'OR' });
    expect(writeUrlState({ q: '  ', state: ' OR ', issue: '' })).toBe('?state=OR');
    expect(writeUrlState({})).toBe('');
  });

  it('write words so that they read back the same', () => {
    const filters = { q: 'san josé & co', company: 'a+b' };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });
});
