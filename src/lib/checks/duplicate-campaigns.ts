import { fix } from '../../schemas/error-text.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import { reportedValues } from '../../schemas/reported.ts';
import type { Problem } from '../problems.ts';
import { field, problemAt, type CheckedEntry, type SiteRule } from './rule.ts';

/** What tells two campaigns apart, as this rule compares them. */
export interface CampaignFacts {
  file: string;
  /** City (or county), state and level, in lowercase: the place and the kind of body that decides. */
  place: string;
  /** The first decision-maker in lowercase, or undefined where it isn't known (the map's data leaves it out). */
  target?: string | undefined;
  issues: readonly string[];
  /** The years it was active in; empty when not known. */
  years: readonly number[];
}

const part = (value: unknown) => String(value).trim().toLowerCase();

/** The place part of the facts, from a campaign's city or county, state and level. */
export function placeKey(local: unknown, state: unknown, level: unknown): string {
  return [local ?? '', state, level ?? 'city'].map(part).join('|');
}

/** The years a campaign was active in, from `started` and its timeline, once its front-matter has been read. */
function activeYears(entry: CheckedEntry): number[] {
  if (!entry.parsed) return [];
  const campaign = entry.parsed as Campaign;
  const dates = [
    campaign.started,
    ...campaign.timeline.flatMap((step) => (step.date ? reportedValues(step.date) : [])),
  ];
  return dates.filter((date) => date !== undefined).map((date) => Number(date.slice(0, 4)));
}

/** A campaign file's facts, or undefined when it has no list of issues to compare. */
export function campaignFacts(entry: CheckedEntry): CampaignFacts | undefined {
  const issues = field(entry, 'issues');
  const targets = field(entry, 'targets');
  if (!Array.isArray(issues)) return undefined;
  return {
    file: entry.file,
    place: placeKey(field(entry, 'city') ?? field(entry, 'county'), field(entry, 'state'), field(entry, 'level')),
    target: part(Array.isArray(targets) ? (targets[0] ?? '') : ''),
    issues: issues.map(String),
    years: activeYears(entry),
  };
}

/** True when two campaigns' years are known and at least two years apart: a council's 2014 and 2023 votes, say. */
function yearsApart(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && a.every((year) => b.every((other) => Math.abs(year - other) > 1));
}

/**
 * Same place, same decision-maker (where both are known), an issue in common, and years not known to be apart:
 * probably one campaign written twice.
 */
export function isLikelyTwin(a: CampaignFacts, b: CampaignFacts): boolean {
  return (
    a.place === b.place &&
    (a.target === undefined || b.target === undefined || a.target === b.target) &&
    a.issues.some((issue) => b.issues.includes(issue)) &&
    !yearsApart(a.years, b.years)
  );
}

/** A warning, not an error: a city can have two separate campaigns. */
export function duplicateWarning(entry: Pick<CheckedEntry, 'file' | 'locate'>, twins: readonly { file: string }[]) {
  return problemAt(
    entry,
    ['issues'],
    fix(
      `looks like the same campaign as ${twins.map((twin) => twin.file).join(', ')} (same place, same decision-maker, same issue, same years)`,
      'if it is, add what is new to that file instead; if it is a separate campaign, say how it differs in its title',
    ),
    'warning',
  );
}

export const duplicateCampaigns: SiteRule = {
  id: 'duplicate-campaigns',
  description:
    'Two campaigns in the same place, before the same body, on the same issue, in the same years are probably one campaign written twice.',
  check(entries) {
    // Grouped by place, so that thousands of campaigns are not each compared with every other.
    const byPlace = new Map<string, { entry: CheckedEntry; facts: CampaignFacts }[]>();
    const twinsOf = new Map<CheckedEntry, CheckedEntry[]>();
    for (const entry of entries) {
      if (entry.collection !== 'campaigns') continue;
      const facts = campaignFacts(entry);
      if (!facts) continue;
      const seen = byPlace.get(facts.place) ?? [];
      for (const other of seen)
        if (isLikelyTwin(facts, other.facts)) {
          // Both files get the warning: whichever one is new, its author sees it.
          twinsOf.set(entry, [...(twinsOf.get(entry) ?? []), other.entry]);
          twinsOf.set(other.entry, [...(twinsOf.get(other.entry) ?? []), entry]);
        }
      seen.push({ entry, facts });
      byPlace.set(facts.place, seen);
    }
    // One warning a file, however many twins it has.
    return [...twinsOf].map(([entry, twins]): Problem => duplicateWarning(entry, twins));
  },
};
