/**
 * Sorting a table by one column: each cell's `data-sort` value where it has one (an ISO date, a status's rank),
 * else its text. Blank cells go last whichever way the column is sorted, so "newest first" doesn't open on
 * campaigns that have no decision yet.
 */

export type SortDirection = 'ascending' | 'descending';

/** Compares two cells' values; `collator` should sort numbers as numbers (`{ numeric: true }`). */
export function compareCells(a: string, b: string, direction: SortDirection, collator: Intl.Collator): number {
  if (!a || !b) return Number(!a) - Number(!b);
  const order = collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** A new array of the rows in order; rows with equal values keep their order (Array.prototype.sort is stable). */
export function sortRows<Row>(
  rows: readonly Row[],
  valueOf: (row: Row) => string,
  direction: SortDirection,
  collator: Intl.Collator,
): Row[] {
  return rows
    .map((row) => ({ row, value: valueOf(row).trim() }))
    .sort((a, b) => compareCells(a.value, b.value, direction, collator))
    .map(({ row }) => row);
}

/** The direction a column sorts in when its header is pressed: the other way if it is already sorted, else up. */
export function nextDirection(current: string | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}
