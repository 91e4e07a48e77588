import { z } from 'zod';
import { PARTIAL_DATE_PATTERN, today, type PartialDate } from './constants.ts';
import { fix, quote } from './error-text.ts';

/**
 * Dates in front-matter are written as precisely as the sources allow: a year (`2018`), a month (`2018-04`) or a
 * day (`2018-04-16`). The value keeps that precision all the way to the page ("April 2018") and the data exports.
 */
const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export { PARTIAL_DATE_PATTERN, type PartialDate } from './constants.ts';

/**
 * YAML turns `2018-04-16` into a Date and `2018` into a number before the schema sees them; this turns both back
 * into the text the contributor wrote.
 */
function asWritten(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** True when the parts name a real calendar day or month (no 2018-02-30, no month 13). */
export function isRealDate(text: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/** The first day a partial date could mean, as `YYYY-MM-DD`: `2018` → `2018-01-01`, `2018-04` → `2018-04-01`. */
export function startOf(date: PartialDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** True when even the earliest day the date could mean is after today: `2026-12` is in the future on 2026-11-29. */
export function isFutureDate(date: PartialDate, now: string = today()): boolean {
  return startOf(date) > now;
}

const notADate = (value: unknown) =>
  fix(`${quote(value)} is not a date`, 'write it as YYYY, YYYY-MM or YYYY-MM-DD, for example 2018-04-16');
const notAFullDate = (value: unknown) =>
  fix(`${quote(value)} is not a full date`, 'write it as YYYY-MM-DD, for example 2026-11-29');

/**
 * A past date in one of the shapes `pattern` allows. The checks run in one step that reports one problem, because
 * a Zod check that stops early would also hide the problems of every other field in the file.
 */
function pastDate({
  pattern,
  missing,
  malformed,
  future,
}: {
  pattern: RegExp;
  missing: string;
  malformed: (value: unknown) => string;
  future: (value: unknown) => string;
}) {
  return z.preprocess(
    asWritten,
    z
      .string({ error: (issue) => (issue.input === undefined ? missing : malformed(issue.input)) })
      .superRefine((text, context) => {
        if (!pattern.test(text) || !isRealDate(text)) context.addIssue({ code: 'custom', message: malformed(text) });
        else if (isFutureDate(text)) context.addIssue({ code: 'custom', message: future(text) });
      }),
  );
}

/** A past date at year, month or day precision. */
export const partialDateSchema = pastDate({
  pattern: PARTIAL_DATE_PATTERN,
  missing: fix('is missing', 'add a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  malformed: notADate,
  future: (value) =>
    fix(
      `${quote(value)} is in the future`,
      'use the date something already happened; leave planned dates out of the front-matter and mention them in the text',
    ),
});

/** A past day, `YYYY-MM-DD`, for "last checked" dates where the precision is always known. */
export const fullDateSchema = pastDate({
  pattern: FULL_DATE_PATTERN,
  missing: fix('is missing', "add today's date as YYYY-MM-DD"),
  malformed: notAFullDate,
  future: (value) => fix(`${quote(value)} is in the future`, 'use the day you checked the entry, today or earlier'),
});
