/**
 * The filters sit in a disclosure so they fold away on phones. Open it when there is room for it, or when the
 * page was opened with filters already set, so people see what is narrowing the results.
 */
export function openFiltersWhenUseful(details: HTMLDetailsElement | null, hasFilters: boolean): void {
  if (details && (hasFilters || matchMedia('(min-width: 48rem)').matches)) details.open = true;
}
