/**
 * The open-data files, feeds and sharing metadata in the built dist/: one record per entry, files that match their
 * schemas and parse back, feeds that are valid XML, and pages that each have their own title and description.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { startOf } from '../../src/schemas/date.ts';
import { REPORTED_SEPARATOR } from '../../src/schemas/export.ts';
import { parseCsv } from '../helpers/csv.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const { entries } = readContentFiles(PROJECT_ROOT);
const slugs = (collection: string) =>
  entries
    .filter((entry) => entry.collection === collection)
    .map((entry) => entry.slug)
    .sort();

describe('the data files', () => {
  const campaigns = JSON.parse(read('data/campaigns.json'));
  const wins = JSON.parse(read('data/wins.json'));
  const companies = JSON.parse(read('data/companies.json'));

  it('have exactly one record per content entry, with the slugs as ids', () => {
    expect(campaigns.campaigns.map((record: { id: string }) => record.id).sort()).toEqual(slugs('campaigns'));
    expect(wins.wins.map((record: { id: string }) => record.id).sort()).toEqual(slugs('wins'));
    expect(companies.companies.map((record: { id: string }) => record.id).sort()).toEqual(slugs('companies'));
    expect(campaigns.count).toBe(slugs('campaigns').length);
    const geojson = JSON.parse(read('data/campaigns.geojson'));
    expect(geojson.features.map((feature: { id: string }) => feature.id).sort()).toEqual(slugs('campaigns'));
  });

  it('keep dates at the precision they were written, and carry every source', () => {
    const boulder = campaigns.campaigns.find((record: { id: string }) => record.id === 'boulder-nablus-sister-city');
    const written = entries.find((entry) => entry.file === 'content/campaigns/boulder-nablus-sister-city.mdx')!;
    expect(boulder.sources.map((source: { url: string }) => source.url)).toEqual(
      (written.data as { sources: { url: string }[] }).sources.map((source) => source.url),
    );
    expect(boulder.sources.length).toBeGreaterThan(8);
    const montgomery = wins.wins.find((record: { id: string }) => record.id === 'montgomery-county-ethics-ruling-2007');
    expect(montgomery.date).toBe('2007');
    const sourceCount = (list: { sources: unknown[] }[]) =>
      list.reduce((sum, record) => sum + record.sources.length, 0);
    expect(sourceCount(campaigns.campaigns)).toBeGreaterThan(200);
  });

  it('match their JSON Schemas', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [file, schema] of [
      ['campaigns.json', 'campaigns.schema.json'],
      ['wins.json', 'wins.schema.json'],
      ['companies.json', 'companies.schema.json'],
      ['campaigns.geojson', 'campaigns.geojson.schema.json'],
    ]) {
      const validate = ajv.compile(JSON.parse(read(`data/${schema}`)));
      expect(validate(JSON.parse(read(`data/${file}`))), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('have CSVs that open cleanly and parse back to the same records', () => {
    for (const [file, records] of [
      ['campaigns.csv', campaigns.campaigns],
      ['wins.csv', wins.wins],
    ] as const) {
      const text = read(`data/${file}`);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(rows).toHaveLength(records.length);
      rows.forEach((row, index) => {
        const record = records[index] as Record<string, unknown>;
        expect(row).toHaveLength(header!.length);
        header!.forEach((column, position) => {
          const value = record[column];
          const expected =
            value === null
              ? ''
              : Array.isArray(value)
                ? value.map((item) => (typeof item === 'object' ? (item as { url: string }).url : item)).join('; ')
                : String(value);
          expect(row[position], `${file} ${record.id} ${column}`).toBe(expected);
        });
      });
    }
  });
});

describe('events.csv', () => {
  it('has one row per step of every campaign timeline in campaigns.json, in the same order', () => {
    const campaigns = JSON.parse(read('data/campaigns.json')).campaigns as {
      id: string;
      timeline: { event: string; date: string | null; vote: string | null }[];
    }[];
    const [header, ...rows] = parseCsv(read('data/events.csv').slice(1));
    const column = (name: string) => header!.indexOf(name);
    const steps = campaigns.flatMap((campaign) =>
      campaign.timeline.map((step) => [campaign.id, step.event, step.date ?? '', step.vote ?? '']),
    );
    expect(
      rows.map((row) => [row[column('campaign')], row[column('event')], row[column('date')], row[column('vote')]]),
    ).toEqual(steps);
    expect(steps.length).toBeGreaterThan(campaigns.length / 2);
  });
});

describe('the feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('are valid RSS, the wins feed with the newest wins, newest first', () => {
    const text = read('wins/feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const items: { link: string; pubDate: string }[] = parser.parse(text).rss.channel.item;
    const all: { id: string; date: string }[] = JSON.parse(read('data/wins.json')).wins;
    expect(all.length).toBeGreaterThan(site.feedLength);
    expect(items).toHaveLength(site.feedLength);
    const days = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
    // Every win left out is at least as old as the oldest in the feed, by its earliest reported date, as the feed sorts.
    const earliest = (date: string) => date.split(REPORTED_SEPARATOR).map(startOf).sort()[0]!;
    const shown = new Set(items.map((item) => item.link.match(/\/wins\/([^/]+)\/$/)![1]));
    const oldest = days.at(-1)!;
    const left = all.filter((win) => !shown.has(win.id));
    expect(left.filter((win) => earliest(win.date) > oldest).map((win) => win.id)).toEqual([]);
  });

  it('exist for every state and issue, valid, and are linked from their pages', () => {
    const feeds = [
      'campaigns/feed.xml',
      ...readdirSync(join(dist, 'states'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `states/${entry.name}/feed.xml`),
      ...readdirSync(join(dist, 'issues'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `issues/${entry.name}/feed.xml`),
    ];
    expect(feeds.length).toBeGreaterThan(35);
    for (const feed of feeds) expect(XMLValidator.validate(read(feed)), feed).toBe(true);
    expect(read('states/or/index.html')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Campaigns and wins: Oregon" href="/states/or/feed.xml">',
    );
    expect(read('index.html')).toContain('href="/wins/feed.xml"');
  });

  it('exist in every language, with titles and links in that language', () => {
    const english = parser.parse(read('wins/feed.xml')).rss.channel;
    for (const locale of ['es', 'ar']) {
      const text = read(`${locale}/wins/feed.xml`);
      expect(XMLValidator.validate(text), locale).toBe(true);
      const channel = parser.parse(text).rss.channel;
      expect(channel.language).toBe(locale);
      expect(channel.item).toHaveLength(english.item.length);
      const englishTitles = new Map(
        (english.item as { title: string; link: string }[]).map((item) => [item.link.split('/wins/')[1], item.title]),
      );
      for (const item of channel.item as { title: string; link: string }[]) {
        expect(item.link, locale).toMatch(new RegExp(`/${locale}/wins/[^/]+/$`));
        expect(item.title, item.link).not.toBe(englishTitles.get(item.link.split('/wins/')[1]));
      }
      expect(read(`${locale}/states/or/index.html`)).toContain(`href="/${locale}/states/or/feed.xml"`);
    }
  });
});

describe('sharing', () => {
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    // The editor at /admin/ is a tool for the people who keep the record, kept out of search engines and previews.
    .filter(
      (entry) =>
        entry.name === 'index.html' && !entry.parentPath.includes('/embed/') && !entry.parentPath.endsWith('/admin'),
    )
    .map((entry) => join(entry.parentPath, entry.name));

  it('gives every page its own title and description, a canonical URL and preview metadata', () => {
    // Own within its language: a campaign's page in Spanish keeps the campaign's English name.
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
      const ownTitle = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      const ownDescription = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
      expect(lang, page).toBeTruthy();
      expect(ownTitle, page).toBeTruthy();
      expect(ownDescription, page).toBeTruthy();
      const title = `${lang}: ${ownTitle}`;
      const description = `${lang}: ${ownDescription}`;
      expect(titles.get(title!), `${page} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      expect(
        descriptions.get(description!),
        `${page} repeats the description of ${descriptions.get(description!)}`,
      ).toBeUndefined();
      titles.set(title!, page);
      descriptions.set(description!, page);
      for (const tag of ['property="og:title"', 'property="og:image"', 'name="twitter:card"', 'rel="canonical"'])
        expect(html, `${page} ${tag}`).toContain(tag);
    }
    expect(pages.length).toBeGreaterThan(190);
  });

  it('describes the site as an Organization and the data as a Dataset', () => {
    const ld = (path: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read(path))![1]!);
    expect(ld('index.html')['@type']).toBe('Organization');
    const dataset = ld('data/index.html');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((file: { contentUrl: string }) => file.contentUrl.split('/').pop())).toEqual(
      expect.arrayContaining([
        'campaigns.json',
        'campaigns.geojson',
        'campaigns.csv',
        'wins.json',
        'wins.csv',
        'companies.json',
      ]),
    );
  });

  it('has a sitemap of the pages in every language but the embeds and not-found pages, a robots.txt that points to it, and a preview image per state', () => {
    const sitemap = read('sitemap-0.xml');
    for (const language of ['', 'es/', 'ar/'])
      expect(sitemap).toContain(`/${language}campaigns/durham-police-exchange/</loc>`);
    expect(sitemap).not.toContain('/embed/');
    expect(sitemap).not.toContain('/404/');
    expect(sitemap).not.toMatch(/\.(json|csv|xml|png)<\/loc>/);
    expect(read('sitemap-index.xml')).toMatch(/<loc>https?:\/\/.+\/sitemap-0\.xml<\/loc>/);
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const png = readFileSync(join(dist, 'social/states/nc.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
