/**
 * Writes new content files: a campaign, a win or a guide, with a comment above every field saying what it takes.
 * `npm run new` and the browser form on /contribute/ both use this, so a file made either way looks the same and
 * passes the same checks.
 */
import type { UiKey } from '../i18n/ui.ts';

/**
 * The English words the files are written with (the comments above fields, the section headings), by dictionary
 * key. Files are in English whatever the page's language, so `npm run new` passes the English translator and the
 * form passes the few words it needs, rendered into the page, rather than shipping the dictionaries.
 */
export type FileWords = (key: UiKey) => string;

/** Every dictionary key a file can be written with, so the form can be given exactly these words. */
export const FILE_WORD_KEYS = [
  'field.campaign.title.help',
  'field.campaign.summary.help',
  'field.campaign.city.help',
  'field.campaign.county.help',
  'field.campaign.state.help',
  'field.campaign.level.help',
  'field.campaign.issues.help',
  'field.campaign.status.help',
  'field.campaign.targets.help',
  'field.campaign.coalition.help',
  'field.campaign.companies.help',
  'field.campaign.started.help',
  'field.campaign.coordinates.help',
  'field.campaign.website.help',
  'field.campaign.contact.help',
  'field.campaign.sources.help',
  'field.campaign.updated.help',
  'field.body.asks',
  'field.body.happened',
  'field.body.involved',
] as const satisfies readonly UiKey[];
import { STATES, type Issue, type Level, type StateCode, type Status } from '../schemas/constants.ts';
import { slugify } from '../schemas/constants.ts';

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

const comment = (words: FileWords, key: UiKey) => `# ${words(key)}`;

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

function field(words: FileWords, key: string, value: string | undefined, help: UiKey): string[] {
  return value ? [comment(words, help), `${key}: ${yamlScalar(value)}`] : [];
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
function section(words: FileWords, heading: UiKey, text: string | undefined): string[] {
  const written = text?.trim();
  return written ? [`## ${words(heading)}`, '', escapeMdx(written), ''] : [];
}

/** A complete campaign file: commented front-matter and the three sections of text. */
export function campaignFile(draft: CampaignDraft, today: string, words: FileWords): string {
  const lines = [
    '---',
    ...field(words, 'title', draft.title, 'field.campaign.title.help'),
    ...field(words, 'summary', draft.summary, 'field.campaign.summary.help'),
    ...field(words, 'city', draft.city, 'field.campaign.city.help'),
    ...field(words, 'county', draft.county, 'field.campaign.county.help'),
    comment(words, 'field.campaign.state.help'),
    `state: ${draft.state}`,
    comment(words, 'field.campaign.level.help'),
    `level: ${draft.level}`,
    comment(words, 'field.campaign.issues.help'),
    `issues: ${list(draft.issues, true)}`,
    comment(words, 'field.campaign.status.help'),
    `status: ${draft.status}`,
    comment(words, 'field.campaign.targets.help'),
    `targets:${list(draft.targets)}`,
    ...field(words, 'coalition', draft.coalition, 'field.campaign.coalition.help'),
    ...(draft.companies.length
      ? [comment(words, 'field.campaign.companies.help'), `companies: ${list(draft.companies, true)}`]
      : []),
    ...field(words, 'started', draft.started, 'field.campaign.started.help'),
    ...(draft.coordinates
      ? [comment(words, 'field.campaign.coordinates.help'), `coordinates: [${draft.coordinates.join(', ')}]`]
      : []),
    ...field(words, 'website', draft.website, 'field.campaign.website.help'),
    ...field(words, 'contact', draft.contact, 'field.campaign.contact.help'),
    comment(words, 'field.campaign.sources.help'),
    ...sources(draft.sources),
    comment(words, 'field.campaign.updated.help'),
    `updated: ${today}`,
    '---',
    '',
    ...section(words, 'field.body.asks', draft.body?.asks),
    ...section(words, 'field.body.happened', draft.body?.happened),
    ...section(words, 'field.body.involved', draft.body?.involved),
  ];
  return lines.join('\n');
}

/** A complete win file. */
export function winFile(draft: WinDraft, today: string, words: FileWords): string {
  return [
    '---',
    comment(words, 'field.win.title'),
    `title: ${yamlScalar(draft.title)}`,
    comment(words, 'field.win.date'),
    `date: ${draft.date}`,
    comment(words, 'field.win.campaign'),
    `campaign: ${draft.campaign}`,
    comment(words, 'field.win.body'),
    `body: ${yamlScalar(draft.body)}`,
    comment(words, 'field.win.kind'),
    `kind: ${draft.kind}`,
    ...(draft.vote ? [comment(words, 'field.win.vote'), `vote: ${JSON.stringify(draft.vote)}`] : []),
    comment(words, 'field.win.summary'),
    `summary: ${yamlScalar(draft.summary)}`,
    comment(words, 'field.win.sources'),
    ...sources(draft.sources),
    comment(words, 'field.win.updated'),
    `updated: ${today}`,
    '---',
    '',
    words('field.win.summary'),
    '',
  ].join('\n');
}

/** A complete guide file, with a first heading to start from. */
export function toolkitFile(draft: ToolkitDraft, today: string, words: FileWords): string {
  return [
    '---',
    comment(words, 'field.toolkit.title'),
    `title: ${yamlScalar(draft.title)}`,
    comment(words, 'field.toolkit.summary'),
    `summary: ${yamlScalar(draft.summary)}`,
    comment(words, 'field.toolkit.stage'),
    `stage: ${draft.stage}`,
    comment(words, 'field.toolkit.topics'),
    `topics: ${list(draft.topics, true)}`,
    comment(words, 'field.toolkit.readingLevel'),
    `readingLevel: ${draft.readingLevel}`,
    comment(words, 'field.toolkit.updated'),
    `updated: ${today}`,
    '---',
    '',
    '## Start here',
    '',
    words('field.toolkit.summary'),
    '',
  ].join('\n');
}
