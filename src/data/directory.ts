/**
 * The one place pages get content from: Astro's collections, loaded once per build and joined by
 * `buildDirectory` (src/lib/directory.ts).
 */
import { getCollection } from 'astro:content';
import { buildDirectory } from '../lib/directory.ts';
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
  return buildDirectory({
    campaigns: await withTitles('campaigns', campaigns),
    wins: await withTitles('wins', wins),
    companies,
    toolkits,
  });
}

let directory: ReturnType<typeof load> | undefined;

export function getDirectory() {
  directory ??= load();
  return directory;
}

export type SiteDirectory = Awaited<ReturnType<typeof load>>;
export type SiteCampaign = SiteDirectory['campaigns'][number];
export type SiteWin = SiteDirectory['wins'][number];
export type SiteCompany = SiteDirectory['companies'][number];
export type SiteToolkit = SiteDirectory['toolkits'][number];
