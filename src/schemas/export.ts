/**
 * The open-data files' records (/data/campaigns.json, wins.json, companies.json and their CSV and GeoJSON forms).
 * They are a public contract of their own: fields keep their names, a missing value is `null` rather than absent,
 * dates keep the precision they were written with, and every source comes along. JSON Schemas for each file are
 * generated from these (see src/lib/json-schemas.ts).
 */
import { z } from 'zod';
import { ISSUES, LEVELS, STATE_CODES, STATUSES } from './constants.ts';
import { WIN_KINDS, WIN_OUTCOMES } from './win.ts';

const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).describe('A date at the precision the sources allow: YYYY, YYYY-MM or YYYY-MM-DD.');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const exportSourceSchema = z.object({
  url: z.string().describe('Where the source can be read.'),
  title: nullable(z.string()).describe('The headline or page title, as published.'),
  publisher: nullable(z.string()).describe('Who published it.'),
  date: nullable(date),
  archive: nullable(z.string()).describe('A copy in a web archive.'),
});

export const campaignRecordSchema = z.object({
  id: z.string().describe('The stable id: the file name, also used in the page address.'),
  url: z.string().describe('The campaign’s page on the site.'),
  title: z.string(),
  summary: z.string(),
  place: z.string().describe('How the site writes the place: "Durham, NC", "Alameda County, CA" or a state’s name.'),
  city: nullable(z.string()),
  county: nullable(z.string()),
  state: z.enum(STATE_CODES).describe('USPS code.'),
  level: z.enum(LEVELS),
  issues: z.array(z.enum(ISSUES)),
  status: z.enum(STATUSES),
  targets: z.array(z.string()),
  coalition: nullable(z.string()),
  companies: z.array(z.string()).describe('Ids of companies in companies.json.'),
  started: nullable(date),
  decided: nullable(date),
  vote: nullable(z.string()),
  website: nullable(z.string()),
  contact: nullable(z.string()),
  caveat: nullable(z.string()),
  latitude: z.number(),
  longitude: z.number(),
  placeSource: z.enum(['file', 'gazetteer', 'state-centre']).describe('Where the point comes from: the file, the city in the ZIP gazetteer, or the centre of the state.'),
  wins: z.array(z.string()).describe('Ids of this campaign’s wins in wins.json.'),
  sources: z.array(exportSourceSchema),
  updated: date.describe('When the entry was last checked against its sources.'),
});

export const winRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  date,
  campaign: z.string().describe('Id of the campaign in campaigns.json.'),
  place: z.string(),
  state: z.enum(STATE_CODES),
  body: z.string().describe('Who decided.'),
  kind: z.enum(WIN_KINDS),
  outcome: z.enum(WIN_OUTCOMES),
  vote: nullable(z.string()),
  summary: z.string(),
  caveat: nullable(z.string()),
  sources: z.array(exportSourceSchema),
});

export const companyRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  name: z.string(),
  summary: z.string(),
  sectors: z.array(z.string()),
  aliases: z.array(z.string()),
  website: nullable(z.string()),
  campaigns: z.array(z.string()).describe('Ids of campaigns that name the company.'),
  sources: z.array(exportSourceSchema),
  updated: date,
});

/** The wrapper every JSON export shares: what it is, under what license, when, and how many records. */
export function exportFileSchema<T extends z.ZodType>(name: string, record: T) {
  return z.object({
    $schema: z.string(),
    title: z.string(),
    license: z.string(),
    licenseUrl: z.string(),
    updated: date.describe('The most recent `updated` date of any entry in the file.'),
    count: z.number().int(),
    [name]: z.array(record),
  });
}

export type CampaignRecord = z.infer<typeof campaignRecordSchema>;
export type WinRecord = z.infer<typeof winRecordSchema>;
export type CompanyRecord = z.infer<typeof companyRecordSchema>;
export type ExportSource = z.infer<typeof exportSourceSchema>;
