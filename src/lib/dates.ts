/**
 * Partial dates ("2018", "2018-04", "2018-04-16") kept at the precision they were written with. They sort as
 * text, and they read as "2018", "April 2018" and "April 16, 2018": never a made-up first of the month.
 */
import { PARTIAL_DATE_PATTERN, type PartialDate } from '../schemas/constants.ts';

export type Precision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export function parsePartialDate(date: PartialDate): DateParts {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) throw new Error(`Not a partial date: ${date}`);
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month && { month: Number(month) }),
    ...(day && { day: Number(day) }),
    precision: day ? 'day' : month ? 'month' : 'year',
  };
}

/** The date as a reader would say it, at the precision it was written: "April 2018" for `2018-04`. */
const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** Formatters are slow to make and every page formats dates, so each locale and precision gets one. */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Each date as already said in each locale: a build says the same few hundred dates on thousands of pages. */
const said = new Map<string, string>();

export function formatPartialDate(date: PartialDate, locale = 'en-US'): string {
  const key = `${locale}|${date}`;
  let text = said.get(key);
  if (text === undefined) {
    const { year, month = 1, day = 1, precision } = parsePartialDate(date);
    const style = `${locale}|${precision}`;
    let formatter = formatters.get(style);
    if (!formatter) formatters.set(style, (formatter = new Intl.DateTimeFormat(locale, FORMATS[precision])));
    said.set(key, (text = formatter.format(new Date(Date.UTC(year, month - 1, day)))));
  }
  return text;
}

/**
 * Whole calendar months from the last month `from` can mean (December, for a year alone) to the month of `to`:
 * 12 from `2024` or `2024-12` to `2025-12-08`, 0 within one month.
 */
export function monthsAfter(from: PartialDate, to: PartialDate): number {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  return (end.year - start.year) * 12 + (end.month ?? 1) - (start.month ?? 12);
}

/** Newest first; at equal text, the more precise date first. Partial dates sort correctly as text. */
export function newestFirst(a: PartialDate, b: PartialDate): number {
  return b.localeCompare(a);
}

export function yearOf(date: PartialDate): number {
  return parsePartialDate(date).year;
}
