/**
 * One page of each template the site has, on real entries from content/, for the accessibility and keyboard tests.
 */
import type { Page } from 'playwright-core';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import type { OpenOptions, Site } from './harness.ts';

/** Real entries, chosen for having the most on their pages: a campaign with wins and companies, a toolkit with every component. */
function pickEntries() {
  const { entries } = readContentFiles(PROJECT_ROOT);
  const of = <T>(collection: string) =>
    entries
      .filter((entry) => entry.collection === collection)
      .map((entry) => ({ slug: entry.slug, data: entry.data as T, body: entry.body }));
  const wins = of<{ campaign: string }>('wins');
  const campaign = of<{ title: string; state: string; companies?: string[] }>('campaigns').find(
    ({ slug, data }) => data.companies?.length && wins.some((win) => win.data.campaign === slug),
  );
  const toolkit = of('toolkits').find(({ body }) =>
    ['<Template', '<Checklist', '<Steps', '<Callout'].every((tag) => body.includes(tag)),
  );
  if (!campaign || !toolkit)
    throw new Error('content/ has no campaign with wins and companies, or no toolkit using every component');
  return {
    campaign: campaign.slug,
    campaignTitle: campaign.data.title,
    win: wins.find((win) => win.data.campaign === campaign.slug)!.slug,
    company: campaign.data.companies![0]!,
    state: campaign.data.state.toLowerCase(),
    // An active campaign's page has the "get involved" section the others lack.
    activeCampaign: of<{ status: string; coalition?: string }>('campaigns').find(
      ({ data }) => data.status === 'active' && data.coalition,
    )!.slug,
    toolkit: toolkit.slug,
    // An issue with a handful of campaigns; the page shows at most a dozen of any issue's.
    issue: of('issues')
      .map(({ slug }) => ({
        slug,
        count: of<{ issues: string[] }>('campaigns').filter(({ data }) => data.issues.includes(slug)).length,
      }))
      .filter(({ count }) => count >= 3)
      .sort((a, b) => a.count - b.count)[0]!.slug,
  };
}

export const picked = pickEntries();

export interface Template {
  name: string;
  path: string;
  /** What the page shows once its scripts are done. */
  ready?: string;
  /** Puts the page in a state worth checking: a form with its errors showing, say. */
  prepare?: (page: Page) => Promise<void>;
  /**
   * The items a list page repeats hundreds of times (a card, a row). Checks read an even sample of about
   * `SAMPLE_SIZE` of them, spread over the list so every kind of entry shows up, since axe's time grows with
   * every element and each item is the same component; the components' own pages are checked whole.
   */
  repeated?: string;
  options?: OpenOptions;
}

export const MAP_READY = 'campaign-map[data-phase="ready"]';

const SAMPLE_SIZE = 40;

/** One of each kind of page, with the map's popup open and search showing results. */
export const TEMPLATES: Template[] = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/campaigns/', repeated: '[data-filter-item]' },
  { name: 'the table of campaigns', path: '/campaigns/table/', repeated: '[data-filter-item]' },
  { name: 'a campaign', path: `/campaigns/${picked.campaign}/` },
  { name: 'an active campaign', path: `/campaigns/${picked.activeCampaign}/` },
  { name: 'map', path: '/map/', ready: MAP_READY },
  // The embed shares the map's component and styles; with a popup open, the popup is checked too.
  { name: 'embedded map, with a popup', path: `/embed/map/?campaign=${picked.campaign}`, ready: '.leaflet-popup a' },
  { name: 'wins', path: '/wins/', repeated: '[data-filter-item]' },
  { name: 'a win', path: `/wins/${picked.win}/` },
  { name: 'toolkits', path: '/toolkits/' },
  { name: 'a toolkit', path: `/toolkits/${picked.toolkit}/`, ready: 'check-list input' },
  { name: 'companies', path: '/companies/' },
  { name: 'a company', path: `/companies/${picked.company}/` },
  { name: 'issues', path: '/issues/' },
  { name: 'an issue', path: `/issues/${picked.issue}/` },
  { name: 'states', path: '/states/' },
  { name: 'a state', path: `/states/${picked.state}/`, repeated: '.card-grid > li' },
  { name: 'search', path: '/search/?q=police', ready: 'site-search[data-phase="done"] .search-result' },
  { name: 'search without results', path: '/search/?q=zzzxqv', ready: 'site-search[data-phase="done"]' },
  {
    name: 'contribute, with the form’s errors showing',
    path: '/contribute/',
    prepare: async (page) => {
      await page.click('[data-pull-request]');
      await page.waitForSelector('[data-error]:not(:empty)');
    },
  },
  { name: 'data', path: '/data/' },
  { name: 'about', path: '/about/' },
  { name: '404', path: '/no-such-page/', options: { allowErrors: /status of 404/ } },
];

/** Opens a template, waits for its scripts, and opens every disclosure so what is inside gets checked too. */
export async function openTemplate(
  site: Site,
  { path, ready, prepare, repeated, options }: Template,
  context: OpenOptions = {},
) {
  const opened = await site.open(path, { ...options, ...context });
  if (ready) await opened.page.waitForSelector(ready);
  await prepare?.(opened.page);
  if (repeated)
    await opened.page.$$eval(
      repeated,
      (items, size) => {
        const step = Math.max(1, Math.ceil(items.length / size));
        items.forEach((item, index) => index % step && item.remove());
      },
      SAMPLE_SIZE,
    );
  await opened.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  return opened;
}
