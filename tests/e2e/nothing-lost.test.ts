/**
 * Nothing lost: every entry in content/ reaches readers by every road the site has. Each has its page; each
 * campaign is on the map and in the GeoJSON; each is found by searching for its title; and each campaign, win and
 * company has its row in every data file. A translation has its page in its language, and is found by the search
 * of that language. One test, so a lost entry is reported with everything it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_CODES, localizePath, toLocale } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/t.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { decodeMapData, type MapData } from '../../src/lib/map-data.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { searchBundle } from '../../src/lib/search-bundles.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import type { Issue } from '../../src/schemas/constants.ts';
import { parseCsv } from '../helpers/csv.ts';
import { escapeHtml } from '../helpers/html.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { openSite, withPagefind, type Site } from './harness.ts';

const dist = join(PROJECT_ROOT, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const ids = (records: { id: string }[]) => new Set(records.map((record) => record.id));
const csvIds = (path: string) =>
  new Set(
    parseCsv(read(path).replace(/^\uFEFF/, ''))
      .slice(1)
      .map((row) => row[0]!),
  );

/** Where each collection's entries must appear besides their page and search. */
const ROADS: Partial<Record<CollectionName, Record<string, Set<string>>>> = {
  campaigns: {
    'the map': new Set(decodeMapData(JSON.parse(read('map/campaigns.json')) as MapData).map((campaign) => campaign.id)),
    'campaigns.json': ids(JSON.parse(read('data/campaigns.json')).campaigns),
    'campaigns.csv': csvIds('data/campaigns.csv'),
    'campaigns.geojson': ids(JSON.parse(read('data/campaigns.geojson')).features),
  },
  wins: { 'wins.json': ids(JSON.parse(read('data/wins.json')).wins), 'wins.csv': csvIds('data/wins.csv') },
  companies: { 'companies.json': ids(JSON.parse(read('data/companies.json')).companies) },
};

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

it('gives every content entry its page, its search hit, and its place on the map and in every data file', async () => {
  const { entries } = readContentFiles(PROJECT_ROOT);
  const expected = entries.map((entry) => {
    const data = entry.data as { title?: string; name?: string };
    const collection = entry.collection as CollectionName;
    // A translation's language is the first folder of its name: es/issues/ceasefire.
    const locale = collection === 'translations' ? toLocale(entry.slug.split('/')[0]) : DEFAULT_LOCALE;
    const issue = entry.slug.split('/').at(-1) as Issue;
    const title = data.title ?? data.name ?? translator(locale)(`issue.${issue}`);
    return { file: entry.file, collection, slug: entry.slug, locale, title, url: entryPath(collection, entry.slug) };
  });

  // Each language's search page searches that language's bundle.
  const unsearchable = new Set<string>();
  for (const locale of LOCALE_CODES) {
    const { page, close } = await site.open(localizePath('/search/', locale));
    const lost = await withPagefind<string[]>(
      page,
      `const lost = [];
       search: for (const { title, url } of argument) {
         // An entry's own title nearly always brings it up first, so results are read one at a time until it shows.
         for (const result of (await pagefind.search(title)).results)
           if ((await result.data()).url === url) continue search;
         lost.push(url);
       }
       return lost;`,
      expected.filter((entry) => entry.locale === locale),
      `/${searchBundle(locale)}`,
    );
    for (const url of lost) unsearchable.add(url);
    await close();
  }

  const lost = expected.flatMap(({ file, collection, slug, title, url }) => {
    const missing: string[] = [];
    const pageFile = join(dist, url, 'index.html');
    if (!existsSync(pageFile)) missing.push('a page');
    else if (!readFileSync(pageFile, 'utf8').includes(escapeHtml(title))) missing.push('its title on its page');
    if (unsearchable.has(url)) missing.push(`a search hit for “${title}”`);
    for (const [road, found] of Object.entries(ROADS[collection] ?? {})) if (!found.has(slug)) missing.push(road);
    return missing.length ? [`${file}: no ${missing.join(', no ')}`] : [];
  });

  const counts = Object.fromEntries(
    [...new Set(expected.map((entry) => entry.collection))].map((name) => [
      name,
      expected.filter((entry) => entry.collection === name).length,
    ]),
  );
  expect(counts.campaigns).toBeGreaterThan(60);
  expect(counts.wins).toBeGreaterThan(40);
  expect(expected.length).toBeGreaterThan(150);
  expect(lost).toEqual([]);
  // And nothing extra: the data files hold exactly the entries there are.
  for (const [collection, roads] of Object.entries(ROADS))
    for (const [road, found] of Object.entries(roads)) expect(found.size, road).toBe(counts[collection]);
}, 120_000);
