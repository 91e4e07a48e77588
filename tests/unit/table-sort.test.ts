import { describe, expect, it } from 'vitest';
import { compareCells, nextDirection, sortRows } from '../../src/lib/table-sort.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const byValue = (rows: string[], direction: 'ascending' | 'descending') =>
  sortRows(rows, (row) => row, direction, collator);

describe('sorting the campaign table', () => {
  it('sorts dates, partial or full, in time order both ways', () => {
    const dates = ['2024-03-05', '2023-11', '2024-01-09', '2024'];
    expect(byValue(dates, 'ascending')).toEqual(['2023-11', '2024', '2024-01-09', '2024-03-05']);
    expect(byValue(dates, 'descending')).toEqual(['2024-03-05', '2024-01-09', '2024', '2023-11']);
  });

  it('sorts numbers as numbers and words without regard to case or accents', () => {
    expect(byValue(['10', '9', '1'], 'ascending')).toEqual(['1', '9', '10']);
    expect(byValue(['san jose', 'Salem', 'San José'], 'ascending')).toEqual(['Salem', 'san jose', 'San José']);
  });

  it('puts blank cells last in either direction', () => {
    expect(byValue(['', '2024', ' ', '2023'], 'ascending')).toEqual(['2023', '2024', '', ' ']);
    expect(byValue(['', '2024', ' ', '2023'], 'descending')).toEqual(['2024', '2023', '', ' ']);
    expect(compareCells('', '', 'ascending', collator)).toBe(0);
  });

  it('keeps rows with equal values in their order', () => {
    const rows = [
      { place: 'Oakland', state: 'CA' },
      { place: 'Austin', state: 'TX' },
      { place: 'Berkeley', state: 'CA' },
    ];
    expect(sortRows(rows, (row) => row.state, 'ascending', collator).map((row) => row.place)).toEqual([
      'Oakland',
      'Berkeley',
      'Austin',
    ]);
  });

  it('turns a sorted column around and starts an unsorted one going up', () => {
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
    expect(nextDirection(null)).toBe('ascending');
  });
});
