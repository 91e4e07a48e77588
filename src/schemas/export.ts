/**
 * The open-data files' records (/data/campaigns.json, wins.json, companies.json and their CSV and GeoJSON forms).
 * They are a public contract of their own: fields keep their names, a missing value is `null` rather than absent,
 * dates keep the precision they were written with, and every source comes along. JSON Schemas for each file are
 * generated from these (see src/lib/json-schemas.ts).
 */
import { z } from 'zod';
import { campaignShape } from './campaign.ts';
import { EVENT_KINDS } from './constants.ts';
import { WIN_KINDS, WIN_OUTCOMES } from './win.ts';

const date = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .describe('A date at the precision the sources allow: YYYY, YYYY-MM or YYYY-MM-DD.');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** A content field as an export states it: optional becomes nullable, a default is already applied, text is text. */
type ExportForm<Field> =
  Field extends z.ZodOptional<infer Inner>
    ? z.ZodNullable<ExportForm<Inner>>
    : Field extends z.ZodDefault<infer Inner>
      ? ExportForm<Inner>
      : Field extends z.ZodArray<infer Item>
        ? z.ZodArray<ExportForm<Item>>
        : Field extends z.ZodString
          ? z.ZodString
          : Field;

/**
 * The export form of a content field. A contributor's rules (lengths, trimming, which links) stay with the content
 * schema: an export promises the type, so the published JSON Schemas describe the data and not how it was checked.
 */
function exportForm<Field extends z.ZodType>(field: Field): ExportForm<Field> {
  const form = (): z.ZodType => {
    if (field instanceof z.ZodOptional) return exportForm(field.unwrap() as z.ZodType).nullable();
    if (field instanceof z.ZodDefault) return exportForm(field.unwrap() as z.ZodType);
    if (field instanceof z.ZodArray) return z.array(exportForm(field.element as z.ZodType));
    if (field instanceof z.ZodString) return z.string();
    if (field instanceof z.ZodEnum || field instanceof z.ZodBoolean) return field;
    throw new Error(`exportForm: say how a ${field.def.type} field is exported`);
  };
  return form() as ExportForm<Field>;
}

/** The campaign's own fields as the exports carry them, so a change to the content schema reaches the exports. */
const campaign = {
  title: exportForm(campaignShape.title),
  summary: exportForm(campaignShape.summary),
  city: exportForm(campaignShape.city),
  county: exportForm(campaignShape.county),
  state: exportForm(campaignShape.state).describe('USPS code.'),
  level: exportForm(campaignShape.level),
  issues: exportForm(campaignShape.issues),
  status: exportForm(campaignShape.status),
  targets: exportForm(campaignShape.targets),
  coalition: exportForm(campaignShape.coalition),
  opposing: exportForm(campaignShape.opposing).describe(
    'True when the campaign asks a body not to adopt a measure (an anti-boycott law, say).',
  ),
  website: exportForm(campaignShape.website),
  contact: exportForm(campaignShape.contact),
  caveat: exportForm(campaignShape.caveat),
};

export const exportSourceSchema = z.object({
  url: z.string().describe('Where the source can be read.'),
  title: nullable(z.string()).describe('The headline or page title, as published.'),
  publisher: nullable(z.string()).describe('Who published it.'),
  date: nullable(date),
  archive: nullable(z.string()).describe('A copy in a web archive.'),
});

/** How a fact that sources disagree on is written in a text field: every reported value, joined by " | ". */
export const REPORTED_SEPARATOR = ' | ';

const reportedText = (what: string) =>
  z.string().describe(`${what} Where sources differ, every reported value joined by " | "; see disputes.`);

export const exportDisputeSchema = z.object({
  field: z.string().describe('The field sources disagree on, as a path: "vote", "timeline[2].date".'),
  values: z.array(
    z.object({
      value: z.string(),
      sources: z.array(z.string()).describe('Addresses of the sources that report this value.'),
    }),
  ),
});

const disputes = z
  .array(exportDisputeSchema)
  .describe('Facts that sources disagree on, with every reported value and its sources.');
const disputed = z.array(z.string()).describe('The paths of the fields in `disputes`, for filtering.');

export const exportEventSchema = z.object({
  date: nullable(reportedText('When it happened: YYYY, YYYY-MM or YYYY-MM-DD.')),
  event: z.enum(EVENT_KINDS).describe('What happened.'),
  outcome: nullable(z.enum(['won', 'lost'])).describe(
    'How this step left the campaign, from the campaign’s side; null for a step on the way.',
  ),
  body: z.string().describe('Who acted.'),
  vote: nullable(reportedText('The vote as reported.')),
  partial: z.boolean().describe('A vote that passed only part of what was asked.'),
  note: nullable(z.string()),
  win: nullable(z.string()).describe('Id of the win in wins.json, for steps that are wins.'),
  sources: z.array(z.string()).describe('Addresses of the sources for this step (a win’s sources are in wins.json).'),
});

export const campaignRecordSchema = z.object({
  id: z.string().describe('The stable id: the file name, also used in the page address.'),
  url: z.string().describe('The campaign’s page on the site.'),
  title: campaign.title,
  summary: campaign.summary,
  place: z.string().describe('How the site writes the place: "Durham, NC", "Alameda County, CA" or a state’s name.'),
  city: campaign.city,
  county: campaign.county,
  state: campaign.state,
  level: campaign.level,
  issues: campaign.issues,
  status: campaign.status,
  targets: campaign.targets,
  coalition: campaign.coalition,
  companies: z.array(z.string()).describe('Ids of companies in companies.json.'),
  started: nullable(date),
  decided: nullable(reportedText('When the decision a won, partial or lost campaign rests on was taken.')),
  vote: nullable(reportedText('The vote of that decision, as reported.')),
  opposing: campaign.opposing,
  timeline: z.array(exportEventSchema).describe('Every recorded step, oldest first, wins included.'),
  disputed,
  disputes,
  website: campaign.website,
  contact: campaign.contact,
  caveat: campaign.caveat,
  latitude: z.number(),
  longitude: z.number(),
  placeSource: z
    .enum(['file', 'gazetteer', 'state-centre'])
    .describe('Where the point comes from: the file, the city in the ZIP gazetteer, or the centre of the state.'),
  wins: z.array(z.string()).describe('Ids of this campaign’s wins in wins.json.'),
  sources: z.array(exportSourceSchema),
  updated: date.describe('When the entry was last checked against its sources.'),
});

export const winRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  date: reportedText('The day of the decision: YYYY, YYYY-MM or YYYY-MM-DD.'),
  campaign: z.string().describe('Id of the campaign in campaigns.json.'),
  place: z.string(),
  state: exportForm(campaignShape.state),
  body: z.string().describe('Who decided.'),
  level: campaign.level,
  kind: z.enum(WIN_KINDS),
  outcome: z.enum(WIN_OUTCOMES),
  vote: nullable(reportedText('The vote as reported.')),
  summary: z.string(),
  caveat: nullable(z.string()),
  disputed,
  disputes,
  sources: z.array(exportSourceSchema),
  updated: date.describe('When the entry was last checked against its sources.'),
});

/** One row of events.csv: a step of a campaign's timeline, with the campaign's place, so it reads without a join. */
export const eventRowSchema = z.object({
  campaign: z.string().describe('Id of the campaign in campaigns.json.'),
  place: z.string(),
  state: exportForm(campaignShape.state),
  level: campaign.level,
  ...exportEventSchema.shape,
  disputed: z.array(z.string()).describe('Which of date and vote sources disagree on.'),
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
  updated: date.describe('When the entry was last checked against its sources.'),
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
export type ExportDispute = z.infer<typeof exportDisputeSchema>;
export type ExportEvent = z.infer<typeof exportEventSchema>;
export type EventRow = z.infer<typeof eventRowSchema>;
