/**
 * The one place pages get content from: Astro's collections, loaded once per build and joined by
 * `buildDirectory` (src/lib/directory.ts).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { buildDirectory } from '../lib/directory.ts';

/** A campaign's or win's title in other languages, from its translation files (content/translations/<lang>/…). */
export type TranslatedTitles = Partial<Record<Locale, string>>;

async function load() {
  const [campaigns, wins, companies, toolkits, translations] = await Promise.all([
    getCollection('campaigns'),
    getCollection('wins'),
    getCollection('companies'),
    getCollection('toolkits'),
    getCollection('translations'),
  ]);
  // A translation's id is <language>/<collection>/<slug>.
  const titles = new Map<string, TranslatedTitles>();
  for (const { id, data } of translations) {
    const [language, ...original] = id.split('/');
    if (!data.title) continue;
    const key = original.join('/');
    titles.set(key, { ...titles.get(key), [language as Locale]: data.title });
  }
  const withTitles = <E extends { id: string }>(collection: string, entries: E[]) =>
    entries.map((entry) => ({ ...entry, titles: titles.get(`${collection}/${entry.id}`) ?? {} }));
  return buildDirectory({
    campaigns: withTitles('campaigns', campaigns),
    wins: withTitles('wins', wins),
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
