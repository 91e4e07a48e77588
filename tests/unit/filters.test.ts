import { describe, expect, it } from 'vitest';
import {
  countValues,
  filterStyles,
  filtersFromSearch,
  filtersToSearch,
  matches,
  type Filterable,
} from '../../src/lib/filters.ts';

const durham: Filterable = { issues: ['police-exchange'], status: 'won', state: 'NC', companies: [] };
const portland: Filterable = {
  issues: ['no-buy', 'divestment'],
  status: 'won',
  state: 'OR',
  companies: ['caterpillar', 'hp'],
};
const seattle: Filterable = { issues: ['police-exchange'], status: 'lost', state: 'WA', companies: [] };

describe('campaign filters', () => {
  it('keep campaigns that pass every filter that is set', () => {
    const all = [durham, portland, seattle];
    expect(all.filter((c) => matches(c, {}))).toEqual(all);
    expect(all.filter((c) => matches(c, { issue: 'police-exchange' }))).toEqual([durham, seattle]);
    expect(all.filter((c) => matches(c, { issue: 'police-exchange', status: 'won' }))).toEqual([durham]);
    expect(all.filter((c) => matches(c, { company: 'hp', state: 'OR' }))).toEqual([portland]);
    expect(all.filter((c) => matches(c, { company: 'hp', state: 'NC' }))).toEqual([]);
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
    const css = filterStyles('campaign-directory', { issue: ['divestment'], status: ['won'], state: [], company: [] });
    expect(css).toContain(
      'campaign-directory:has(#filter-issue option[value="divestment"]:checked) [data-filter-item]:not([data-issues~="divestment"])',
    );
    expect(css).toContain(
      'campaign-directory:has(#filter-status option[value="won"]:checked) [data-group]:not(:has([data-status="won"]))',
    );
    expect(css.split('\n')).toHaveLength(2);
  });
});
