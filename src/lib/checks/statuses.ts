import { fix } from '../../schemas/error-text.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import type { Win } from '../../schemas/win.ts';
import type { Problem } from '../problems.ts';
import { campaignTimeline, settlingStep, statusesAllowedBy } from '../timeline.ts';
import { problemAt, type SiteRule } from './rule.ts';

/**
 * Reads only entries that passed their schema, since the timeline's dates must be understood to be put in order.
 * A status the timeline contradicts is an error; no decision recorded at all is a gap to fill, not a
 * contradiction: the file still builds, and its author is warned.
 */
export const statuses: SiteRule = {
  id: 'statuses',
  description:
    'A campaign is not won when the last decision was a defeat, nor lost when it was a win; a decided campaign records its decision.',
  check(entries) {
    const wins = new Map<string, { id: string; data: Win }[]>();
    for (const entry of entries)
      if (entry.collection === 'wins' && entry.parsed) {
        const win = entry.parsed as Win;
        wins.set(win.campaign, [...(wins.get(win.campaign) ?? []), { id: entry.slug, data: win }]);
      }
    const problems: Problem[] = [];
    for (const entry of entries) {
      if (entry.collection !== 'campaigns' || !entry.parsed) continue;
      const campaign = entry.parsed as Campaign;
      const steps = campaignTimeline(campaign, wins.get(entry.slug) ?? []);
      const allowed = statusesAllowedBy(steps);
      if (allowed.includes(campaign.status)) continue;
      const settling = settlingStep(steps);
      const why = !settling
        ? `is ${campaign.status}, but the timeline has no decision and no win names this campaign`
        : `is ${campaign.status}, but the last decision in its timeline is "${settling.event}"${settling.win ? ` (the win ${settling.win})` : ''}`;
      const either = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
      const howTo = !settling
        ? campaign.status === 'lost'
          ? 'add the vote that defeated it to timeline (event: failed, tabled, withdrawn, vetoed or rescinded), with its date and sources'
          : `add its win to content/wins/ (npm run new win), or the vote to timeline; or set status to ${either}`
        : `set status to ${either}, or add the later decision to the timeline`;
      problems.push(problemAt(entry, ['status'], fix(why, howTo), settling ? 'error' : 'warning'));
    }
    return problems;
  },
};
