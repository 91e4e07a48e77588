/**
 * The one place pages get content from: Astro's collections, loaded once per build and joined by
 * `joinContent` (src/lib/site-content.ts).
 */
import { getCollection } from 'astro:content';
import { joinContent } from '../lib/site-content.ts';
import { translatedTitles } from './translations.ts';

async function load() {
  const [campaigns, wins, companies, toolkits] = await Promise.all([
    getCollection('campaigns'),
    getCollection('wins'),
    getCollection('companies'),
    getCollection('toolkits'),
  ]);
  // Lists show hundreds of entries, each titled in the page's language where it has a translation.
  const withTitles = <E extends { id: string }>(collection: 'campaigns' | 'wins', entries: E[]) =>
    Promise.all(entries.map(async (entry) => ({ ...entry, titles: await translatedTitles(collection, entry.id) })));
  return joinContent({
    campaigns: await withTitles('campaigns', campaigns),
    wins: await withTitles('wins', wins),
    companies,
    toolkits,
  });
}

let content: ReturnType<typeof load> | undefined;

export function getSiteContent() {
  content ??= load();
  return content;
}

export type SiteContent = Awaited<ReturnType<typeof load>>;
export type SiteCampaign = SiteContent['campaigns'][number];
export type SiteWin = SiteContent['wins'][number];
export type SiteCompany = SiteContent['companies'][number];
export type SiteToolkit = SiteContent['toolkits'][number];
