/**
 * Writes new content files: a campaign, a win or a guide, with a comment above every field saying what it takes.
 * `npm run new` and the browser form on /contribute/ both use this, so a file made either way looks the same and
 * passes the same checks.
 */
import { t } from '../i18n/t.ts';
import type { UiKey } from '../i18n/ui.ts';
import { STATES, type Issue, type Level, type StateCode, type Status } from '../schemas/constants.ts';

export interface SourceDraft {
  url: string;
  title?: string | undefined;
  publisher?: string | undefined;
  date?: string | undefined;
}

export interface CampaignDraft {
  title: string;
  summary: string;
  city?: string | undefined;
  county?: string | undefined;
  state: StateCode | string;
  level: Level;
  issues: Issue[];
  status: Status;
  targets: string[];
  coalition?: string | undefined;
  companies: string[];
  started?: string | undefined;
  /** Only when the gazetteer doesn't know the city: [latitude, longitude] of its centre. */
  coordinates?: [number, number] | undefined;
  website?: string | undefined;
  contact?: string | undefined;
  sources: SourceDraft[];
  /** The three sections of the text; empty ones get a line saying what to write. */
  body?: { asks?: string | undefined; happened?: string | undefined; involved?: string | undefined };
}

export interface WinDraft {
  title: string;
  date: string;
  campaign: string;
  body: string;
  kind: string;
  vote?: string | undefined;
  summary: string;
  sources: SourceDraft[];
}

export interface ToolkitDraft {
  title: string;
  summary: string;
  stage: string;
  topics: string[];
  readingLevel: string;
}

/** Lowercase words joined by hyphens, accents dropped: "Saint-Louis: Drop Veolia!" → "saint-louis-drop-veolia". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A campaign's file name from its place and title, without repeating the place: "durham-end-police-exchanges". */
export function campaignSlug(draft: Pick<CampaignDraft, 'title' | 'city' | 'county' | 'state'>): string {
  const state = STATES[draft.state as StateCode]?.name ?? draft.state;
  const place = slugify(draft.city ?? draft.county ?? state);
  const title = slugify(draft.title);
  return title.includes(place) ? title : slugify(`${place} ${title}`);
}

/** YAML that stays readable: plain where that is safe, double-quoted (JSON rules) where it isn't. */
export function yamlScalar(value: string): string {
  const plain =
    /^[A-Za-z0-9(][^:#\n]*$/.test(value) &&
    !/:\s|\s#|\s$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|\d[\d.:-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const comment = (key: UiKey) => `# ${t(key)}`;

function list(values: readonly string[], inline = false): string {
  if (inline) return `[${values.map(yamlScalar).join(', ')}]`;
  return values.map((value) => `\n  - ${yamlScalar(value)}`).join('');
}

function sources(drafts: readonly SourceDraft[]): string[] {
  if (drafts.length === 0) return ['sources: []'];
  return [
    'sources:',
    ...drafts.flatMap((source) => [
      `  - url: ${yamlScalar(source.url)}`,
      ...(source.title ? [`    title: ${yamlScalar(source.title)}`] : []),
      ...(source.publisher ? [`    publisher: ${yamlScalar(source.publisher)}`] : []),
      ...(source.date ? [`    date: ${source.date}`] : []),
    ]),
  ];
}

function field(key: string, value: string | undefined, help: UiKey): string[] {
  return value ? [comment(help), `${key}: ${yamlScalar(value)}`] : [];
}

/**
 * Text typed into a form or a prompt, made plain text in MDX: backslashes, braces, angle brackets and square
 * brackets are written escaped, so they show as typed instead of being read as code, tags, links or images. Text
 * from the form therefore can't hold anything the content guard refuses; links belong in the sources.
 */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>[\]]/g, (character) => `\\${character}`);
}

/** A section of the story, or nothing when the contributor left it empty: help text never goes into a file. */
function section(heading: UiKey, text: string | undefined): string[] {
  const written = text?.trim();
  return written ? [`## ${t(heading)}`, '', escapeMdx(written), ''] : [];
}

/** A complete campaign file: commented front-matter and the three sections of text. */
export function campaignFile(draft: CampaignDraft, today: string): string {
  const lines = [
    '---',
    ...field('title', draft.title, 'field.campaign.title.help'),
    ...field('summary', draft.summary, 'field.campaign.summary.help'),
    ...field('city', draft.city, 'field.campaign.city.help'),
    ...field('county', draft.county, 'field.campaign.county.help'),
    comment('field.campaign.state.help'),
    `state: ${draft.state}`,
    comment('field.campaign.level.help'),
    `level: ${draft.level}`,
    comment('field.campaign.issues.help'),
    `issues: ${list(draft.issues, true)}`,
    comment('field.campaign.status.help'),
    `status: ${draft.status}`,
    comment('field.campaign.targets.help'),
    `targets:${list(draft.targets)}`,
    ...field('coalition', draft.coalition, 'field.campaign.coalition.help'),
    ...(draft.companies.length
      ? [comment('field.campaign.companies.help'), `companies: ${list(draft.companies, true)}`]
      : []),
    ...field('started', draft.started, 'field.campaign.started.help'),
    ...(draft.coordinates
      ? [comment('field.campaign.coordinates.help'), `coordinates: [${draft.coordinates.join(', ')}]`]
      : []),
    ...field('website', draft.website, 'field.campaign.website.help'),
    ...field('contact', draft.contact, 'field.campaign.contact.help'),
    comment('field.campaign.sources.help'),
    ...sources(draft.sources),
    comment('field.campaign.updated.help'),
    `updated: ${today}`,
    '---',
    '',
    ...section('field.body.asks', draft.body?.asks),
    ...section('field.body.happened', draft.body?.happened),
    ...section('field.body.involved', draft.body?.involved),
  ];
  return lines.join('\n');
}

/** A complete win file. */
export function winFile(draft: WinDraft, today: string): string {
  return [
    '---',
    comment('field.win.title'),
    `title: ${yamlScalar(draft.title)}`,
    comment('field.win.date'),
    `date: ${draft.date}`,
    comment('field.win.campaign'),
    `campaign: ${draft.campaign}`,
    comment('field.win.body'),
    `body: ${yamlScalar(draft.body)}`,
    comment('field.win.kind'),
    `kind: ${draft.kind}`,
    ...(draft.vote ? [comment('field.win.vote'), `vote: ${JSON.stringify(draft.vote)}`] : []),
    comment('field.win.summary'),
    `summary: ${yamlScalar(draft.summary)}`,
    comment('field.win.sources'),
    ...sources(draft.sources),
    comment('field.win.updated'),
    `updated: ${today}`,
    '---',
    '',
    `${t('field.win.summary')}`,
    '',
  ].join('\n');
}

/** A complete guide file, with a first heading to start from. */
export function toolkitFile(draft: ToolkitDraft, today: string): string {
  return [
    '---',
    comment('field.toolkit.title'),
    `title: ${yamlScalar(draft.title)}`,
    comment('field.toolkit.summary'),
    `summary: ${yamlScalar(draft.summary)}`,
    comment('field.toolkit.stage'),
    `stage: ${draft.stage}`,
    comment('field.toolkit.topics'),
    `topics: ${list(draft.topics, true)}`,
    comment('field.toolkit.readingLevel'),
    `readingLevel: ${draft.readingLevel}`,
    comment('field.toolkit.updated'),
    `updated: ${today}`,
    '---',
    '',
    '## Start here',
    '',
    t('field.toolkit.summary'),
    '',
  ].join('\n');
}
