/**
 * The site's feeds: the newest wins, the campaigns last checked, and a feed of both per state and per issue, so a
 * supporter can follow what happens where they live or on what they work on.
 */
import rss from '@astrojs/rss';
import { site } from '../config.ts';
import { localized, type Localized } from './localized.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/ui.ts';
import { startOf } from '../schemas/date.ts';
import { sortDate } from '../lib/timeline.ts';
import { getSiteContent, type SiteCampaign, type SiteWin } from './site-content.ts';

export interface FeedLink {
  title: string;
  href: string;
}

/** The feeds every page advertises with `<link rel="alternate">`, each in the page's language. */
export const SITE_FEEDS: { titleKey: UiKey; href: string }[] = [
  { titleKey: 'feed.wins', href: '/wins/feed.xml' },
  { titleKey: 'feed.campaigns', href: '/campaigns/feed.xml' },
];

type Item = { title: string; link: string; pubDate: Date; description: string; categories: string[] };

const day = (date: string) => new Date(`${startOf(date)}T12:00:00Z`);

function winItem(words: Localized, win: SiteWin, campaign: SiteCampaign | undefined): Item {
  const { t, absoluteUrl, titleOf, summaryOf } = words;
  return {
    title: titleOf(win).text,
    link: absoluteUrl(`/wins/${win.id}/`),
    pubDate: day(sortDate(win.data.date)),
    description: `${campaign?.place ?? ''}: ${summaryOf(win.data).text}`,
    categories: [t('search.type.win'), ...(campaign?.data.issues.map((issue) => t(`issue.${issue}`)) ?? [])],
  };
}

function campaignItem(words: Localized, campaign: SiteCampaign): Item {
  const { t, absoluteUrl, titleOf, summaryOf } = words;
  return {
    title: `${titleOf(campaign).text} (${t(`status.${campaign.data.status}`)})`,
    link: absoluteUrl(`/campaigns/${campaign.id}/`),
    pubDate: day(campaign.data.updated),
    description: `${campaign.place}: ${summaryOf(campaign.data).text}`,
    categories: [t('search.type.campaign'), ...campaign.data.issues.map((issue) => t(`issue.${issue}`))],
  };
}

const newestFirst = (a: Item, b: Item) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title);

/** A feed in `locale`: its titles and summaries in that language where the entries have them, its links to that language's pages. */
export async function feed(
  kind: 'wins' | 'campaigns' | { state: string } | { issue: string },
  locale: Locale = DEFAULT_LOCALE,
): Promise<Response> {
  const words = localized(locale);
  const { t, absoluteUrl, stateName } = words;
  const content = await getSiteContent();
  const winItems = (wins: readonly SiteWin[]) => wins.map((win) => winItem(words, win, content.campaignOf(win)));
  const campaignItems = (campaigns: readonly SiteCampaign[]) =>
    campaigns.map((campaign) => campaignItem(words, campaign));
  let title: string;
  let items: Item[];
  if (kind === 'wins') {
    title = t('feed.wins');
    items = winItems(content.wins);
  } else if (kind === 'campaigns') {
    title = t('feed.campaigns');
    items = campaignItems(content.campaigns);
  } else if ('state' in kind) {
    const code = kind.state as SiteCampaign['data']['state'];
    title = t('feed.place', { place: stateName(code) });
    items = [
      ...winItems(content.winsByState.get(code) ?? []),
      ...campaignItems(content.campaignsByState.get(code) ?? []),
    ];
  } else {
    const issue = kind.issue as SiteCampaign['data']['issues'][number];
    title = t('feed.place', { place: t(`issue.${issue}`) });
    items = [
      ...winItems(content.winsByIssue.get(issue) ?? []),
      ...campaignItems(content.campaignsByIssue.get(issue) ?? []),
    ];
  }
  return rss({
    title: `${title} · ${site.name}`,
    description: t('site.description'),
    site: absoluteUrl('/'),
    items: items.sort(newestFirst).slice(0, site.feedLength),
    customData: `<language>${locale === DEFAULT_LOCALE ? 'en-us' : locale}</language>`,
  });
}
