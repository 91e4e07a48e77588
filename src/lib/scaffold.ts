/**
 * Writes new content files: a campaign, a win or a toolkit, with a comment above every field saying what it takes.
 * `npm run new` and the browser form on /contribute/ both use this, so a file made either way looks the same and
 * passes the same checks. The front-matter is written by the `yaml` package, which quotes whatever needs quoting.
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { slugify, STATES, type Issue, type Level, type StateCode, type Status } from '../schemas/constants.ts';

/**
 * The words a file is written with (the comments above fields, the section headings), by dictionary key. Files are
 * in English whatever the page's language: `npm run new` passes the English translator, and the form passes the
 * few words it needs, rendered into the page, so neither this module nor the form's script loads a dictionary.
 */
export const CAMPAIGN_WORD_KEYS = [
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
] as const;

type WinWordKey =
  `field.win.${'title' | 'date' | 'campaign' | 'body' | 'kind' | 'vote' | 'summary' | 'sources' | 'updated'}`;
type ToolkitWordKey = `field.toolkit.${'title' | 'summary' | 'stage' | 'topics' | 'readingLevel' | 'updated'}`;

/** The words of one kind of file, given by whoever writes it. */
export type FileWords<Key extends string> = (key: Key) => string;
export type CampaignWordKey = (typeof CAMPAIGN_WORD_KEYS)[number];

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
  /**
   * Only when the gazetteer doesn't know the city: [latitude, longitude] of its centre, or the text as typed when
   * it isn't two numbers, so the file keeps it and the check names it.
   */
  coordinates?: [number, number] | string | undefined;
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

/** One front-matter field: its key, its value, and the dictionary key of the comment above it. */
type Field<Key extends string> = [name: string, value: unknown, help: Key];

/** Front-matter with a comment above each field; fields without a value are left out. */
function frontMatter<Key extends string>(fields: readonly Field<Key>[], words: FileWords<Key>): string {
  const document = new Document<YAMLMap>(new YAMLMap());
  for (const [name, value, help] of fields) {
    if (value === undefined) continue;
    const node = document.createNode(value);
    // Short lists and coordinates read best on one line; decision-makers and sources, one to a line.
    if (node instanceof YAMLSeq && name !== 'targets' && name !== 'sources') node.flow = true;
    const key = new Scalar(name);
    key.commentBefore = ` ${words(help)}`;
    document.contents!.add(document.createPair(key, node));
  }
  return `---\n${document.toString({ lineWidth: 0, singleQuote: false, flowCollectionPadding: false })}---\n`;
}

/** A value always in double quotes: a vote such as "6-0" is text, whatever a YAML reader might make of it. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function sources(drafts: readonly SourceDraft[]) {
  return drafts.map((source) => Object.fromEntries(Object.entries(source).filter(([, value]) => value)));
}

/** Text a contributor left empty becomes no field at all, rather than an empty one. */
const given = (text: string | undefined) => text || undefined;

/**
 * Text typed into a form or a prompt, made plain text in MDX: backslashes, braces, angle brackets and square
 * brackets are written escaped, so they show as typed instead of being read as code, tags, links or images. Text
 * from the form therefore can't hold anything the content guard refuses; links belong in the sources.
 */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>[\]]/g, (character) => `\\${character}`);
}

/** The sections of a campaign's story, in the order the file has them, with the dictionary key of each heading. */
export const CAMPAIGN_SECTIONS = [
  ['asks', 'field.body.asks'],
  ['happened', 'field.body.happened'],
  ['involved', 'field.body.involved'],
] as const satisfies readonly (readonly [keyof NonNullable<CampaignDraft['body']>, CampaignWordKey])[];

/** A section of the story as written in the file, or nothing when the contributor left it empty. */
export function sectionText(text: string | undefined): string | undefined {
  const written = text?.trim();
  return written ? escapeMdx(written) : undefined;
}

/** A complete campaign file: commented front-matter and the sections of text, with help text never in the file. */
export function campaignFile(draft: CampaignDraft, today: string, words: FileWords<CampaignWordKey>): string {
  const fields: Field<CampaignWordKey>[] = [
    ['title', given(draft.title), 'field.campaign.title.help'],
    ['summary', given(draft.summary), 'field.campaign.summary.help'],
    ['city', given(draft.city), 'field.campaign.city.help'],
    ['county', given(draft.county), 'field.campaign.county.help'],
    ['state', given(draft.state), 'field.campaign.state.help'],
    ['level', draft.level, 'field.campaign.level.help'],
    ['issues', draft.issues, 'field.campaign.issues.help'],
    ['status', draft.status, 'field.campaign.status.help'],
    ['targets', draft.targets, 'field.campaign.targets.help'],
    ['coalition', given(draft.coalition), 'field.campaign.coalition.help'],
    ['companies', draft.companies.length ? draft.companies : undefined, 'field.campaign.companies.help'],
    ['started', given(draft.started), 'field.campaign.started.help'],
    ['coordinates', draft.coordinates, 'field.campaign.coordinates.help'],
    ['website', given(draft.website), 'field.campaign.website.help'],
    ['contact', given(draft.contact), 'field.campaign.contact.help'],
    ['sources', sources(draft.sources), 'field.campaign.sources.help'],
    ['updated', today, 'field.campaign.updated.help'],
  ];
  const sections = CAMPAIGN_SECTIONS.flatMap(([name, heading]) => {
    const text = sectionText(draft.body?.[name]);
    return text ? [`## ${words(heading)}`, '', text, ''] : [];
  });
  return [frontMatter(fields, words), ...sections].join('\n');
}

/** A complete win file. */
export function winFile(draft: WinDraft, today: string, words: FileWords<WinWordKey>): string {
  const fields: Field<WinWordKey>[] = [
    ['title', draft.title, 'field.win.title'],
    ['date', draft.date, 'field.win.date'],
    ['campaign', draft.campaign, 'field.win.campaign'],
    ['body', draft.body, 'field.win.body'],
    ['kind', draft.kind, 'field.win.kind'],
    ['vote', draft.vote ? quoted(draft.vote) : undefined, 'field.win.vote'],
    ['summary', draft.summary, 'field.win.summary'],
    ['sources', sources(draft.sources), 'field.win.sources'],
    ['updated', today, 'field.win.updated'],
  ];
  return [frontMatter(fields, words), words('field.win.summary'), ''].join('\n');
}

/** A complete toolkit file, with a first heading to start from. */
export function toolkitFile(draft: ToolkitDraft, today: string, words: FileWords<ToolkitWordKey>): string {
  const fields: Field<ToolkitWordKey>[] = [
    ['title', draft.title, 'field.toolkit.title'],
    ['summary', draft.summary, 'field.toolkit.summary'],
    ['stage', draft.stage, 'field.toolkit.stage'],
    ['topics', draft.topics, 'field.toolkit.topics'],
    ['readingLevel', draft.readingLevel, 'field.toolkit.readingLevel'],
    ['updated', today, 'field.toolkit.updated'],
  ];
  return [frontMatter(fields, words), '## Start here', '', words('field.toolkit.summary'), ''].join('\n');
}
