/**
 * All the content as the pages see it: every entry with its relations worked out once (a campaign's wins, a
 * company's campaigns, an issue's toolkits, a state's everything), and campaigns placed on the map.
 *
 * Plain data in, plain data out. `src/data/site-content.ts` feeds it Astro's collections; tests feed it fixtures.
 */
import type { Campaign, Company, Toolkit, Win } from '../schemas/index.ts';
import { STATES } from '../schemas/constants.ts';
import { everyValue } from '../schemas/reported.ts';
import { newestFirst } from './dates.ts';
import { byReadingOrder } from './toolkits.ts';
import { locate, placeName, type PlaceSource } from './places.ts';
import type { Entry } from './types.ts';
import { campaignTimeline, decision, latestDate, sortDate, type TimelineStep } from './timeline.ts';

export type PlacedCampaign<C extends Entry<Campaign>> = C & {
  /** Where the campaign is drawn on maps. */
  coordinates: [number, number];
  placeSource: PlaceSource;
  /** "Durham, NC", "Alameda County, CA" or "Oregon". */
  place: string;
  /** Every company it names, including each one a disputed item could be. */
  companyIds: string[];
  /** Its steps and wins, oldest first. */
  timeline: TimelineStep[];
  /** The date and vote of the decision a won, partial or lost campaign rests on. */
  decision: ReturnType<typeof decision>;
  /** The date of its latest step or win, for sorting by recency. */
  latest?: string | undefined;
};

export interface ContentToJoin<
  C extends Entry<Campaign>,
  W extends Entry<Win>,
  Co extends Entry<Company>,
  T extends Entry<Toolkit>,
> {
  campaigns: readonly C[];
  wins: readonly W[];
  companies: readonly Co[];
  toolkits: readonly T[];
}

function groupBy<Item, Key>(items: readonly Item[], keysOf: (item: Item) => readonly Key[]): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items)
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}

const byTitle = <T extends Entry<{ title: string }>>(a: T, b: T) => a.data.title.localeCompare(b.data.title);

export function joinContent<
  C extends Entry<Campaign>,
  W extends Entry<Win>,
  Co extends Entry<Company>,
  T extends Entry<Toolkit>,
>(input: ContentToJoin<C, W, Co, T>) {
  const wins = [...input.wins].sort(
    (a, b) => newestFirst(sortDate(a.data.date), sortDate(b.data.date)) || byTitle(a, b),
  );
  const winsByCampaign = groupBy(wins, (win) => [win.data.campaign]);

  const campaigns: PlacedCampaign<C>[] = input.campaigns.map((campaign) => {
    const located = locate(campaign.data);
    if (!located)
      throw new Error(
        `${campaign.filePath ?? campaign.id}: the city can't be found; the content check should have stopped the build.`,
      );
    const timeline = campaignTimeline(campaign.data, winsByCampaign.get(campaign.id) ?? []);
    return {
      ...campaign,
      coordinates: located.coordinates,
      placeSource: located.source,
      place: placeName(campaign.data),
      companyIds: everyValue(campaign.data.companies),
      timeline,
      decision: decision(campaign.data.status, timeline),
      latest: latestDate(timeline),
    };
  });
  campaigns.sort(
    (a, b) =>
      STATES[a.data.state].name.localeCompare(STATES[b.data.state].name) ||
      a.place.localeCompare(b.place) ||
      byTitle(a, b),
  );
  const campaignById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const campaignOf = (win: W) => campaignById.get(win.data.campaign);

  const companies = [...input.companies].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const toolkits = [...input.toolkits].sort(byReadingOrder);

  const campaignsByState = groupBy(campaigns, (campaign) => [campaign.data.state]);
  const states = [...campaignsByState.keys()].sort((a, b) => STATES[a].name.localeCompare(STATES[b].name));

  return {
    campaigns,
    wins,
    companies,
    toolkits,
    /** The toolkit to send someone who has no campaign yet: the first one of the "start" stage, in reading order. */
    starter: toolkits.find((toolkit) => toolkit.data.stage === 'start'),
    states,
    campaignById,
    companyById: new Map(companies.map((company) => [company.id, company])),
    campaignOf,
    winsByCampaign,
    campaignsByState,
    winsByState: groupBy(wins, (win) => (campaignOf(win) ? [campaignOf(win)!.data.state] : [])),
    campaignsByIssue: groupBy(campaigns, (campaign) => campaign.data.issues),
    winsByIssue: groupBy(wins, (win) => campaignOf(win)?.data.issues ?? []),
    toolkitsByIssue: groupBy(toolkits, (toolkit) => toolkit.data.issues),
    campaignsByCompany: groupBy(campaigns, (campaign) => campaign.companyIds),
    winsByCompany: groupBy(wins, (win) => campaignOf(win)?.companyIds ?? []),
    counts: {
      campaigns: campaigns.length,
      states: states.length,
      wins: wins.length,
      active: campaigns.filter((campaign) => campaign.data.status === 'active').length,
    },
  };
}

export type JoinedContent<
  C extends Entry<Campaign>,
  W extends Entry<Win>,
  Co extends Entry<Company>,
  T extends Entry<Toolkit>,
> = ReturnType<typeof joinContent<C, W, Co, T>>;

/**
 * The `count` campaigns with the most recent step, newest first, for pages that show a few and link to the rest;
 * campaigns with no dated step come last, in their order.
 */
export function mostRecent<C extends { latest?: string | undefined }>(campaigns: readonly C[], count: number): C[] {
  return [...campaigns]
    .sort((a, b) => (a.latest && b.latest ? newestFirst(a.latest, b.latest) : Number(!a.latest) - Number(!b.latest)))
    .slice(0, count);
}
