/**
 * How toolkits relate to each other and to the campaigns they draw on: reading order, and "campaigns and wins that
 * used this", found from the pages a toolkit cites and the issues it shares with campaigns.
 */
import { TOOLKIT_STAGES } from '../schemas/toolkit.ts';
import type { Campaign, Toolkit, Win } from '../schemas/index.ts';
import type { Entry } from './types.ts';
import { linkedSlugs } from './references.ts';

/** Toolkits in reading order: by stage (start, research, pass, defend), then by `order`, then by title. */
export function byReadingOrder(a: Entry<Toolkit>, b: Entry<Toolkit>): number {
  return (
    TOOLKIT_STAGES.indexOf(a.data.stage) - TOOLKIT_STAGES.indexOf(b.data.stage) ||
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title)
  );
}

/** The toolkits before and after one, in reading order. */
export function neighbours<T extends Entry<Toolkit>>(toolkits: readonly T[], id: string): { previous?: T; next?: T } {
  const index = toolkits.findIndex((toolkit) => toolkit.id === id);
  return { previous: index > 0 ? toolkits[index - 1] : undefined, next: toolkits[index + 1] };
}

/**
 * The campaigns and wins a toolkit draws on: those its text links to come first, in the order it mentions them;
 * then, up to `limit`, campaigns that share its issues and have a win, most recent first.
 */
export function relatedContent<C extends Entry<Campaign> & { latest?: string | undefined }, W extends Entry<Win>>(
  toolkit: { body?: string | undefined; data: Pick<Toolkit, 'issues'> },
  campaigns: readonly C[],
  wins: readonly W[],
  limit = 6,
): { campaigns: C[]; wins: W[] } {
  const body = toolkit.body ?? '';
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const cited = linkedSlugs(body, 'campaigns').flatMap((id) => byId.get(id) ?? []);
  const citedWins = linkedSlugs(body, 'wins').flatMap((id) => wins.find((win) => win.id === id) ?? []);
  const sharing = campaigns
    .filter(
      (campaign) =>
        !cited.includes(campaign) &&
        campaign.latest &&
        campaign.data.issues.some((issue) => toolkit.data.issues.includes(issue)),
    )
    .sort((a, b) => (b.latest ?? '').localeCompare(a.latest ?? ''));
  return {
    campaigns: [...cited, ...sharing].slice(0, Math.max(limit, cited.length)),
    wins: citedWins,
  };
}
