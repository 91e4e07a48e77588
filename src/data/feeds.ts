/**
 * The site's feeds: every win, every campaign by when it was last checked, and a feed of both per state and per
 * issue, so a supporter can follow what happens where they live or on what they work on.
 */
import rss from '@astrojs/rss';
import { site } from '../config.ts';
import { t } from '../i18n/t.ts';
import { STATES } from '../schemas/constants.ts';
import { startOf } from '../schemas/date.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { sortDate } from '../lib/timeline.ts';
import { getDirectory, type SiteCampaign, type SiteWin } from './directory.ts';

export interface FeedLink {
  title: string;
  href: string;
}

/** The feeds every page advertises with `<link rel="alternate">`. */
export const SITE_FEEDS: FeedLink[] = [
  { title: t('feed.wins'), href: '/wins/feed.xml' },
  { title: t('feed.campaigns'), href: '/campaigns/feed.xml' },
];

type Item = { title: string; link: string; pubDate: Date; description: string; categories: string[] };

const day = (date: string) => new Date(`${startOf(date)}T12:00:00Z`);

function winItem(win: SiteWin, campaign: SiteCampaign | undefined): Item {
  return {
    title: win.data.title,
    link: absoluteUrl(`/wins/${win.id}/`),
    pubDate: day(sortDate(win.data.date)),
    description: `${campaign?.place ?? ''}: ${win.data.summary}`,
    categories: [t('search.type.win'), ...(campaign?.data.issues.map((issue) => t(`issue.${issue}`)) ?? [])],
  };
}

function campaignItem(campaign: SiteCampaign): Item {
  return {
    title: `${campaign.data.title} (${t(`status.${campaign.data.status}`)})`,
    link: absoluteUrl(`/campaigns/${campaign.id}/`),
    pubDate: day(campaign.data.updated),
    description: `${campaign.place}: ${campaign.data.summary}`,
    categories: [t('search.type.campaign'), ...campaign.data.issues.map((issue) => t(`issue.${issue}`))],
  };
}

const newestFirst = (a: Item, b: Item) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title);

export async function feed(kind: 'wins' | 'campaigns' | { state: string } | { issue: string }): Promise<Response> {
  const directory = await getDirectory();
  const winItems = (wins: readonly SiteWin[]) => wins.map((win) => winItem(win, directory.campaignOf(win)));
  let title: string;
  let items: Item[];
  if (kind === 'wins') {
    title = t('feed.wins');
    items = winItems(directory.wins);
  } else if (kind === 'campaigns') {
    title = t('feed.campaigns');
    items = directory.campaigns.map(campaignItem);
  } else if ('state' in kind) {
    const code = kind.state as SiteCampaign['data']['state'];
    title = t('feed.place', { place: STATES[code].name });
    items = [
      ...winItems(directory.winsByState.get(code) ?? []),
      ...(directory.campaignsByState.get(code) ?? []).map(campaignItem),
    ];
  } else {
    const issue = kind.issue as SiteCampaign['data']['issues'][number];
    title = t('feed.place', { place: t(`issue.${issue}`) });
    items = [
      ...winItems(directory.winsByIssue.get(issue) ?? []),
      ...(directory.campaignsByIssue.get(issue) ?? []).map(campaignItem),
    ];
  }
  return rss({
    title: `${title} · ${site.name}`,
    description: t('site.description'),
    site: absoluteUrl('/'),
    items: items.sort(newestFirst),
    customData: '<language>en-us</language>',
  });
}
