/**
 * A campaign's history as one list: the steps written in its `timeline`, and its wins from content/wins/, in date
 * order. The campaign's decided date and vote, and which statuses it may have, all follow from this list.
 */
import { EVENT_OUTCOMES, type EventKind, type PartialDate, type Status } from '../schemas/constants.ts';
import { reportedValues, type Reported } from '../schemas/reported.ts';
import { startOf } from '../schemas/date.ts';
import { monthsAfter, newestFirst } from './dates.ts';

export interface TimelineStep {
  date?: Reported<PartialDate> | undefined;
  event: EventKind;
  /** Who acted; for steps written without one, the campaign's first target. */
  body: string;
  vote?: Reported<string> | undefined;
  /** A vote that passed only part of what was asked. */
  partial: boolean;
  note?: string | undefined;
  /** Source addresses for this step (a win's own sources are on its page). */
  sources: readonly string[];
  /** The id of the win this step is, for steps that come from content/wins/. */
  win?: string | undefined;
  /** How this step left the campaign, from the campaign's side: won, lost, or still open. */
  outcome: 'won' | 'lost' | undefined;
}

const FLIPPED = { won: 'lost', lost: 'won' } as const;

interface CampaignLike {
  targets: readonly string[];
  opposing?: boolean | undefined;
  timeline: readonly {
    date?: Reported<PartialDate> | undefined;
    event: EventKind;
    body?: string | undefined;
    vote?: Reported<string> | undefined;
    partial?: boolean | undefined;
    note?: string | undefined;
    sources: readonly string[];
  }[];
}

interface WinLike {
  id: string;
  data: {
    date: Reported<PartialDate>;
    body: string;
    vote?: Reported<string> | undefined;
    outcome: 'won' | 'partial';
    title: string;
  };
}

/** The earliest day a reported date could mean, for ordering; undefined for an undated step. */
export function sortDate(date: Reported<PartialDate>): string;
export function sortDate(date: Reported<PartialDate> | undefined): string | undefined;
export function sortDate(date: Reported<PartialDate> | undefined): string | undefined {
  if (date === undefined) return undefined;
  return reportedValues(date).map(startOf).sort()[0];
}

/**
 * The campaign's steps and wins, oldest first. A step without a date stays after the step written before it, since
 * contributors write the timeline in order.
 */
export function campaignTimeline(campaign: CampaignLike, wins: readonly WinLike[] = []): TimelineStep[] {
  const body = campaign.targets[0] ?? '';
  let previous = '';
  const written = campaign.timeline.map((event, index) => {
    previous = sortDate(event.date) ?? previous;
    const step: TimelineStep = {
      date: event.date,
      event: event.event,
      body: event.body ?? body,
      vote: event.vote,
      partial: event.partial ?? false,
      note: event.note,
      sources: event.sources,
      outcome: campaign.opposing ? flip(EVENT_OUTCOMES[event.event]) : EVENT_OUTCOMES[event.event],
    };
    return { step, key: previous, order: index };
  });
  const won = wins.map((win, index) => ({
    step: {
      date: win.data.date,
      event: 'passed' as const,
      body: win.data.body,
      vote: win.data.vote,
      partial: win.data.outcome === 'partial',
      note: win.data.title,
      sources: [],
      win: win.id,
      outcome: 'won' as const,
    },
    key: sortDate(win.data.date),
    order: written.length + index,
  }));
  return [...written, ...won].sort((a, b) => a.key.localeCompare(b.key) || a.order - b.order).map(({ step }) => step);
}

function flip(outcome: 'won' | 'lost' | undefined) {
  return outcome && FLIPPED[outcome];
}

/** The last step that settled the campaign one way or the other, for now. */
export function settlingStep(steps: readonly TimelineStep[]): TimelineStep | undefined {
  return steps.findLast((step) => step.outcome !== undefined);
}

/**
 * The statuses a campaign may have after its timeline. A campaign can go on after a vote either way (active), but it
 * can't be won when the last word was a defeat, lost when the last word was a win, or won or lost with no decision.
 */
export function statusesAllowedBy(steps: readonly TimelineStep[]): readonly Status[] {
  const settling = settlingStep(steps);
  if (!settling) return ['active', 'paused'];
  if (settling.outcome === 'lost') return ['lost', 'active', 'paused'];
  return settling.partial ? ['partial', 'active'] : ['won', 'partial', 'active'];
}

/**
 * The decision a decided campaign rests on: its date and vote, for the facts box and the exports. A step that
 * carried out the last decision (a street sign unveiled, funds moved) settles the campaign's status but is not the
 * decision: a reader counting votes wants the vote's date and count, so the vote before it is taken.
 */
export function decision(
  status: Status,
  steps: readonly TimelineStep[],
): { date?: Reported<PartialDate> | undefined; vote?: Reported<string> | undefined } {
  if (status === 'active' || status === 'paused') return {};
  const settling = settlingStep(steps);
  if (!settling) return {};
  const voted =
    settling.event === 'implemented' ? settlingStep(steps.filter((step) => step.event !== 'implemented')) : undefined;
  // A decision the other way before the step carried out is not what it carried out.
  const decided = voted && voted.outcome === settling.outcome ? voted : settling;
  return { date: decided.date, vote: decided.vote };
}

/** The latest date in the timeline, for sorting campaigns by recent activity. */
export function latestDate(steps: readonly TimelineStep[]): string | undefined {
  return steps.flatMap((step) => (step.date === undefined ? [] : reportedValues(step.date))).sort(newestFirst)[0];
}

/** How long an active campaign's sources may say nothing new before its page says so. */
export const QUIET_AFTER_MONTHS = 12;

/**
 * An active campaign's latest news, when that news was already a year or more old the day someone last checked the
 * entry against its sources (`checked`, the entry's `updated`): the campaign may have ended without a decision
 * anyone reported. Measured from the check rather than the build, so a page says the same whenever it is built.
 */
export function quietSince(latest: PartialDate | undefined, checked: PartialDate): PartialDate | undefined {
  return latest !== undefined && monthsAfter(latest, checked) >= QUIET_AFTER_MONTHS ? latest : undefined;
}
