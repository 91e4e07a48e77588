/**
 * Entries by the age of their last check against their sources (`updated`), for `npm run stale` and the scheduled
 * workflow that turns them into tasks.
 */
import type { ContentFile } from '../../src/lib/content-files.ts';

export interface StaleEntry {
  file: string;
  title: string;
  /** A campaign's status, a win's outcome, or "company". */
  status: string;
  /** The day of the last check, YYYY-MM-DD. */
  checked: string;
}

const CHECKED = ['campaigns', 'wins', 'companies'];

/** The day `months` whole months before `now`, as YYYY-MM-DD; from the 31st, the last day of a shorter month. */
export function monthsBefore(now: Date, months: number): string {
  const lastDayOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0)).getUTCDate();
  const day = Math.min(now.getUTCDate(), lastDayOfMonth);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}

/** Campaigns, wins and companies last checked before `months` ago, oldest first (then by file). */
export function staleEntries(entries: readonly ContentFile[], months: number, now: Date): StaleEntry[] {
  const before = monthsBefore(now, months);
  return entries
    .filter((entry) => CHECKED.includes(entry.collection))
    .map((entry) => {
      const data = entry.data as {
        title?: unknown;
        name?: unknown;
        status?: unknown;
        outcome?: unknown;
        updated?: unknown;
      };
      const updated =
        data.updated instanceof Date ? data.updated.toISOString().slice(0, 10) : String(data.updated ?? '');
      return {
        file: entry.file,
        title: String(data.title ?? data.name ?? entry.slug),
        status: String(data.status ?? data.outcome ?? (entry.collection === 'companies' ? 'company' : 'won')),
        checked: updated,
      };
    })
    .filter((entry) => entry.checked < before)
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
}
