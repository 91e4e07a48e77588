/**
 * The directory as open data: one record per entry, with its slug as the stable id, dates at the precision they
 * were written, and every source. The JSON, GeoJSON and CSV files on /data/ are all made from these records.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Campaign, Company, Win } from '../schemas/index.ts';
import type { CampaignRecord, CompanyRecord, ExportSource, WinRecord } from '../schemas/export.ts';
import type { Source } from '../schemas/source.ts';
import type { Entry, PlacedCampaign } from './directory.ts';

const exportSource = (source: Source): ExportSource => ({
  url: source.url,
  title: source.title ?? null,
  publisher: source.publisher ?? null,
  date: source.date ?? null,
  archive: source.archive ?? null,
});

export function campaignRecord(campaign: PlacedCampaign<Entry<Campaign>>, url: string, wins: readonly string[]): CampaignRecord {
  const { data } = campaign;
  return {
    id: campaign.id,
    url,
    title: data.title,
    summary: data.summary,
    place: campaign.place,
    city: data.city ?? null,
    county: data.county ?? null,
    state: data.state,
    level: data.level,
    issues: data.issues,
    status: data.status,
    targets: data.targets,
    coalition: data.coalition ?? null,
    companies: data.companies,
    started: data.started ?? null,
    decided: data.decided ?? null,
    vote: data.vote ?? null,
    website: data.website ?? null,
    contact: data.contact ?? null,
    caveat: data.caveat ?? null,
    latitude: campaign.coordinates[0],
    longitude: campaign.coordinates[1],
    placeSource: campaign.placeSource,
    wins: [...wins],
    sources: data.sources.map(exportSource),
    updated: data.updated,
  };
}

export function winRecord(win: Entry<Win>, url: string, campaign: PlacedCampaign<Entry<Campaign>>): WinRecord {
  const { data } = win;
  return {
    id: win.id,
    url,
    title: data.title,
    date: data.date,
    campaign: data.campaign,
    place: campaign.place,
    state: campaign.data.state,
    body: data.body,
    kind: data.kind,
    outcome: data.outcome,
    vote: data.vote ?? null,
    summary: data.summary,
    caveat: data.caveat ?? null,
    sources: data.sources.map(exportSource),
  };
}

export function companyRecord(company: Entry<Company>, url: string, campaigns: readonly string[]): CompanyRecord {
  const { data } = company;
  return {
    id: company.id,
    url,
    name: data.name,
    summary: data.summary,
    sectors: data.sectors,
    aliases: data.aliases,
    website: data.website ?? null,
    campaigns: [...campaigns],
    sources: data.sources.map(exportSource),
    updated: data.updated,
  };
}

/** RFC 7946: a FeatureCollection of Points in [longitude, latitude] order, with the record as properties. */
export function campaignFeatures(records: readonly CampaignRecord[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: records.map(({ latitude, longitude, ...properties }): Feature<Point> => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties,
    })),
  };
}

/** How lists are joined in a CSV cell, and how sources are written there: documented on /data/. */
export const CSV_LIST_SEPARATOR = '; ';

function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (Array.isArray(value))
    text = value.map((item) => (typeof item === 'object' && item !== null ? (item as ExportSource).url : String(item))).join(CSV_LIST_SEPARATOR);
  else text = String(value);
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets don't guess another
 * encoding), a header row, CRLF line ends and RFC 4180 quoting. Lists are joined with "; " and sources are listed
 * by their links; the JSON has everything else.
 */
export function toCsv<T extends Record<string, unknown>>(records: readonly T[], columns: readonly (keyof T & string)[]): string {
  const rows = [columns.join(','), ...records.map((record) => columns.map((column) => csvCell(record[column])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** The newest `updated` (or `date`) among records, for the file's "last updated". */
export function lastUpdated(dates: readonly string[]): string {
  return [...dates].sort().at(-1) ?? '';
}
