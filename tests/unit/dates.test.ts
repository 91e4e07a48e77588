import { describe, expect, it } from 'vitest';
import { formatPartialDate, monthsAfter, newestFirst, parsePartialDate } from '../../src/lib/dates.ts';
import { isFutureDate, isRealDate, partialDateSchema, startOf } from '../../src/schemas/date.ts';

describe('partial dates', () => {
  it('keep their precision when read and when shown', () => {
    expect(parsePartialDate('2018')).toEqual({ year: 2018, precision: 'year' });
    expect(parsePartialDate('2018-04')).toEqual({ year: 2018, month: 4, precision: 'month' });
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2018-04')).toBe('April 2018');
    expect(formatPartialDate('2018-04-16')).toBe('April 16, 2018');
    expect(formatPartialDate('2018-04', 'es')).toBe('abril de 2018');
  });

  it('come back as written from YAML dates and numbers', () => {
    expect(partialDateSchema.parse(new Date('2018-04-16'))).toBe('2018-04-16');
    expect(partialDateSchema.parse(2018)).toBe('2018');
    expect(partialDateSchema.parse('2018-04')).toBe('2018-04');
  });

  it('reject days and months that do not exist', () => {
    expect(isRealDate('2018-02-29')).toBe(false);
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2018-13')).toBe(false);
    expect(partialDateSchema.safeParse('2018-4').success).toBe(false);
  });

  it('are in the future only when their first possible day is', () => {
    expect(startOf('2026-12')).toBe('2026-12-01');
    expect(isFutureDate('2026-12', '2026-11-29')).toBe(true);
    expect(isFutureDate('2026-11', '2026-11-29')).toBe(false);
    expect(isFutureDate('2026', '2026-11-29')).toBe(false);
    expect(isFutureDate('2026-11-30', '2026-11-29')).toBe(true);
  });

  it('sort newest first as text', () => {
    expect(['2013', '2018-04-16', '2016-12', '2018-04'].sort(newestFirst)).toEqual([
      '2018-04-16',
      '2018-04',
      '2016-12',
      '2013',
    ]);
  });

  it('count months from the last month a date can mean', () => {
    expect(monthsAfter('2024-12-31', '2025-12-01')).toBe(12);
    expect(monthsAfter('2024-12', '2025-12-08')).toBe(12);
    // A year alone may mean its December: never more months than the date allows.
    expect(monthsAfter('2024', '2025-12-08')).toBe(12);
    expect(monthsAfter('2025-01-31', '2025-12-08')).toBe(11);
    expect(monthsAfter('2025-12-01', '2025-12-08')).toBe(0);
  });
});
