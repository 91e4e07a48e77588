/**
 * Every entry as open data: one record per entry, with its slug as the stable id, dates at the precision they
 * were written, and every source. The JSON, GeoJSON and CSV files on /data/ are all made from these records.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Campaign, Company, Win } from '../schemas/index.ts';
import {
  REPORTED_SEPARATOR,
  type CampaignRecord,
  type CompanyRecord,
  type EventRow,
  type ExportDispute,
  type ExportEvent,
  type ExportSource,
  type WinRecord,
} from '../schemas/export.ts';
import { isDisputed, reportedValues, type Reported } from '../schemas/reported.ts';
import type { TimelineStep } from './timeline.ts';
import type { Source } from '../schemas/source.ts';
import type { PlacedCampaign } from './site-content.ts';
import type { Entry } from './types.ts';

const exportSource = (source: Source): ExportSource => ({
  url: source.url,
  title: source.title ?? null,
  publisher: source.publisher ?? null,
  date: source.date ?? null,
  archive: source.archive ?? null,
});

/** A reported value as export text: the value, or every value sources give, joined by " | ". */
function reportedText<T extends string>(value: Reported<T> | undefined): string | null {
  return value === undefined ? null : reportedValues(value).join(REPORTED_SEPARATOR);
}

/** The disputes among `fields` of `record`, each with its path under `at`. */
function disputesOf(record: Record<string, Reported<string> | undefined>, at = ''): ExportDispute[] {
  return Object.entries(record).flatMap(([field, value]) =>
    value !== undefined && isDisputed(value)
      ? [{ field: `${at}${field}`, values: value.disputed.map(({ value: one, sources }) => ({ value: one, sources })) }]
      : [],
  );
}

function eventRecord(step: TimelineStep): ExportEvent {
  return {
    date: reportedText(step.date),
    event: step.event,
    outcome: step.outcome ?? null,
    body: step.body,
    vote: reportedText(step.vote),
    partial: step.partial,
    note: step.note ?? null,
    win: step.win ?? null,
    sources: [...step.sources],
  };
}

export function campaignRecord(
  campaign: PlacedCampaign<Entry<Campaign>>,
  url: string,
  wins: readonly string[],
): CampaignRecord {
  const { data, decision, timeline } = campaign;
  const disputes = [
    ...disputesOf({ decided: decision.date, vote: decision.vote }),
    ...data.companies.flatMap((company, index) => disputesOf({ [`companies[${index}]`]: company })),
    ...timeline.flatMap((step, index) => disputesOf({ date: step.date, vote: step.vote }, `timeline[${index}].`)),
  ];
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
    companies: campaign.companyIds,
    started: data.started ?? null,
    decided: reportedText(decision.date),
    vote: reportedText(decision.vote),
    opposing: data.opposing,
    timeline: timeline.map(eventRecord),
    disputed: disputes.map((dispute) => dispute.field),
    disputes,
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
  const disputes = disputesOf({ date: data.date, vote: data.vote });
  return {
    id: win.id,
    url,
    title: data.title,
    date: reportedText(data.date)!,
    campaign: data.campaign,
    place: campaign.place,
    state: campaign.data.state,
    body: data.body,
    level: campaign.data.level,
    kind: data.kind,
    outcome: data.outcome,
    vote: reportedText(data.vote),
    summary: data.summary,
    caveat: data.caveat ?? null,
    disputed: disputes.map((dispute) => dispute.field),
    disputes,
    sources: data.sources.map(exportSource),
    updated: data.updated,
  };
}

/** The rows of events.csv: every step of every campaign, with the campaign's place beside it. */
export function eventRows(records: readonly CampaignRecord[]): EventRow[] {
  return records.flatMap((record) =>
    record.timeline.map((event, index) => ({
      campaign: record.id,
      place: record.place,
      state: record.state,
      level: record.level,
      ...event,
      disputed: record.disputed
        .filter((field) => field.startsWith(`timeline[${index}].`))
        .map((field) => field.slice(`timeline[${index}].`.length)),
    })),
  );
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

/**
 * Text that a spreadsheet would run as a formula: a cell starting with =, +, -, @, a tab or a carriage return.
 * Such cells get a leading apostrophe, as OWASP recommends for CSV injection; numbers stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (Array.isArray(value))
    text = value
      .map((item) => (typeof item === 'object' && item !== null ? (item as ExportSource).url : String(item)))
      .join(CSV_LIST_SEPARATOR);
  else text = String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets don't guess another
 * encoding), a header row, CRLF line ends and RFC 4180 quoting. Lists are joined with "; " and sources are listed
 * by their links; the JSON has everything else.
 */
export function toCsv<T extends Record<string, unknown>>(
  records: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  const rows = [
    columns.join(','),
    ...records.map((record) => columns.map((column) => csvCell(record[column])).join(',')),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** The newest `updated` (or `date`) among records, for the file's "last updated". */
export function lastUpdated(dates: readonly string[]): string {
  return [...dates].sort().at(-1) ?? '';
}
