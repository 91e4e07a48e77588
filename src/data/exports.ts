/**
 * Every open-data file the site publishes under /data/, built from the same collections as the pages. One table
 * of files, so the page that lists them, the endpoint that writes them and the tests read the same list.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { site } from '../config.ts';
import {
  campaignFeatures,
  campaignRecord,
  companyRecord,
  eventRows,
  lastUpdated,
  toCsv,
  winRecord,
} from '../lib/exports.ts';
import { absoluteUrl } from '../lib/urls.ts';
import {
  campaignRecordSchema,
  companyRecordSchema,
  eventRowSchema,
  exportFileSchema,
  winRecordSchema,
} from '../schemas/export.ts';
import { getSiteContent } from './site-content.ts';

async function records() {
  const content = await getSiteContent();
  const campaigns = content.campaigns.map((campaign) =>
    campaignRecord(
      campaign,
      absoluteUrl(`/campaigns/${campaign.id}/`),
      (content.winsByCampaign.get(campaign.id) ?? []).map((win) => win.id),
    ),
  );
  const wins = content.wins.map((win) => winRecord(win, absoluteUrl(`/wins/${win.id}/`), content.campaignOf(win)!));
  const companies = content.companies.map((company) =>
    companyRecord(
      company,
      absoluteUrl(`/companies/${company.id}/`),
      (content.campaignsByCompany.get(company.id) ?? []).map((campaign) => campaign.id),
    ),
  );
  return { campaigns, wins, companies };
}

let cached: ReturnType<typeof records> | undefined;
export function getRecords() {
  cached ??= records();
  return cached;
}

type Records = Awaited<ReturnType<typeof records>>;

function wrapper(name: keyof Records, title: string, list: readonly { updated?: string; date?: string }[]) {
  return {
    $schema: absoluteUrl(`/data/${name}.schema.json`),
    title,
    license: site.license.content.name,
    licenseUrl: site.license.content.url,
    updated: lastUpdated(list.map((record) => record.updated ?? record.date ?? '')),
    count: list.length,
  };
}

/** A CSV has a column for each field of the record but those that nest records (the JSON files carry those). */
function csvColumns<S extends z.ZodObject>(schema: S, nested: readonly string[] = []) {
  return (Object.keys(schema.shape) as (keyof z.infer<S> & string)[]).filter((column) => !nested.includes(column));
}

const CAMPAIGN_COLUMNS = csvColumns(campaignRecordSchema, ['timeline', 'disputes']);
const WIN_COLUMNS = csvColumns(winRecordSchema, ['disputes']);
const EVENT_COLUMNS = csvColumns(eventRowSchema);

export interface ExportFile {
  /** The file name under /data/. */
  name: string;
  type: string;
  /** What the file holds, for the /data/ page. */
  describe: 'campaigns' | 'wins' | 'companies' | 'events';
  format: 'JSON' | 'GeoJSON' | 'CSV' | 'JSON Schema';
  body: (records: Records) => string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The data files, followed by a JSON Schema for each JSON file. */
export const EXPORT_FILES: ExportFile[] = [
  {
    name: 'campaigns.json',
    type: 'application/json',
    describe: 'campaigns',
    format: 'JSON',
    body: (r) => json({ ...wrapper('campaigns', 'Campaigns', r.campaigns), campaigns: r.campaigns }),
  },
  {
    name: 'campaigns.geojson',
    type: 'application/geo+json',
    describe: 'campaigns',
    format: 'GeoJSON',
    body: (r) => json(campaignFeatures(r.campaigns)),
  },
  {
    name: 'campaigns.csv',
    type: 'text/csv; charset=utf-8',
    describe: 'campaigns',
    format: 'CSV',
    body: (r) => toCsv(r.campaigns, CAMPAIGN_COLUMNS),
  },
  {
    name: 'events.csv',
    type: 'text/csv; charset=utf-8',
    describe: 'events',
    format: 'CSV',
    body: (r) => toCsv(eventRows(r.campaigns), EVENT_COLUMNS),
  },
  {
    name: 'wins.json',
    type: 'application/json',
    describe: 'wins',
    format: 'JSON',
    body: (r) => json({ ...wrapper('wins', 'Wins', r.wins), wins: r.wins }),
  },
  {
    name: 'wins.csv',
    type: 'text/csv; charset=utf-8',
    describe: 'wins',
    format: 'CSV',
    body: (r) => toCsv(r.wins, WIN_COLUMNS),
  },
  {
    name: 'companies.json',
    type: 'application/json',
    describe: 'companies',
    format: 'JSON',
    body: (r) => json({ ...wrapper('companies', 'Companies', r.companies), companies: r.companies }),
  },
  ...(
    [
      ['campaigns', campaignRecordSchema],
      ['wins', winRecordSchema],
      ['companies', companyRecordSchema],
    ] as const
  ).map(([name, record]) => ({
    name: `${name}.schema.json`,
    type: 'application/schema+json',
    describe: name,
    format: 'JSON Schema' as const,
    body: () =>
      json({ $id: absoluteUrl(`/data/${name}.schema.json`), ...z.toJSONSchema(exportFileSchema(name, record)) }),
  })),
  {
    name: 'campaigns.geojson.schema.json',
    type: 'application/schema+json',
    describe: 'campaigns',
    format: 'JSON Schema',
    body: () => {
      const { latitude: _latitude, longitude: _longitude, ...properties } = campaignRecordSchema.shape;
      const feature = z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.object({
          type: z.literal('Point'),
          coordinates: z
            .tuple([z.number().min(-360).max(180), z.number().min(-90).max(90)])
            .describe('[longitude, latitude]'),
        }),
        properties: z.object(properties),
      });
      return json({
        $id: absoluteUrl('/data/campaigns.geojson.schema.json'),
        ...z.toJSONSchema(z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) })),
      });
    },
  },
];

/** Column names and their meanings, for the CSV documentation on /data/. */
export const CSV_COLUMNS = {
  campaigns: CAMPAIGN_COLUMNS.map((column) => [column, campaignRecordSchema.shape[column].description ?? ''] as const),
  wins: WIN_COLUMNS.map((column) => [column, winRecordSchema.shape[column].description ?? ''] as const),
  events: EVENT_COLUMNS.map((column) => [column, eventRowSchema.shape[column].description ?? ''] as const),
};

/**
 * The route that writes the files with one extension (".json", ".csv", ".geojson"). Each extension has a route file
 * of its own under src/pages/data/, named for it, because the development server answers an address without a
 * trailing slash (/data/campaigns.csv) only where the route's name ends in an extension.
 */
export function exportFileRoute(extension: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const files = EXPORT_FILES.filter((file) => file.name.endsWith(extension));
  return {
    getStaticPaths: () =>
      files.map((file) => ({ params: { name: file.name.slice(0, -extension.length) }, props: { file } })),
    GET: async ({ props }) => {
      const { file } = props as { file: ExportFile };
      return new Response(file.body(await getRecords()), { headers: { 'Content-Type': file.type } });
    },
  };
}
