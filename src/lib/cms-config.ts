/**
 * The configuration of the editor at /admin/ (Decap CMS), generated from the content contract in src/schemas/, so
 * the editor offers exactly the fields the validator accepts and a schema change reaches the editor with no second
 * list to keep in step. The walk goes over the JSON Schema Zod derives (`z.toJSONSchema`), which already says what
 * is required, which values an enum allows, and the shape of lists and objects.
 *
 * Labels and hints are the ones the scaffolder and the form show (`field.<entry>.<field>` in src/i18n/ui.ts); fields
 * without one there get their name as the label and the comment on the field in src/schemas/ as the hint.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { site } from '../config.ts';
import { t } from '../i18n/t.ts';
import { dictionaries, type UiKey } from '../i18n/ui.ts';
import { LOCALES, LOCALE_CODES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { PARTIAL_DATE_PATTERN } from '../schemas/constants.ts';
import { PAGE_TEXT } from './cms-format.ts';
import { schemaDocs } from './schema-docs.ts';
import { TRANSLATED_FIELDS, type TranslatedCollection } from '../schemas/translation.ts';

type JsonSchema = {
  type?: string;
  enum?: readonly (string | number)[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
};

/** One field of the editor, in Decap's terms (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: (string | number)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: typeof FILE_FORMAT;
  create: boolean;
  slug: string;
  identifier_field: string;
  fields: CmsField[];
}

/**
 * Dates: `updated` is the day someone checked an entry, always a full day; the dates of events (`started`,
 * `date`) keep the precision the sources give, a year, a month or a day, which no date picker can express.
 */
const FULL_DATE_FIELDS = new Set(['updated']);
const PARTIAL_DATE_FIELDS = new Set(['started', 'date']);

/** Prose longer than this gets a box of several lines; addresses, capped at 2,000 characters, stay on one. */
const LONG_TEXT = 160;
const LONGEST_PROSE = 1000;

/** The name src/lib/cms-format.ts registers the site's file format under, for every collection. */
export const FILE_FORMAT = 'site-front-matter';

/** The word ui.ts uses for an entry's fields: `field.campaign.title`, and `field.source.url` inside `sources`. */
const ENTRY_WORDS: Partial<Record<CollectionName, string>> = {
  campaigns: 'campaign',
  wins: 'win',
  toolkits: 'toolkit',
};
const NESTED_ENTRY_WORDS: Record<string, string> = { sources: 'source' };

/**
 * Where a field's comment is in src/schemas/ (see src/lib/schema-docs.ts): the variable holding each collection's
 * fields, and the variables of the objects its lists and objects hold. Any other nested object is written inline,
 * and its fields' comments are under the field that holds it.
 */
const DOC_SCOPES: Record<CollectionName, string> = {
  campaigns: 'campaignShape',
  wins: 'winShape',
  toolkits: 'toolkitShape',
  companies: 'companyShape',
  issues: 'issuePageSchema',
  pages: 'pageSchema',
  translations: 'translationSchema',
};
const NESTED_DOC_SCOPES: Record<string, string> = {
  sources: 'sourceSchema',
  timeline: 'timelineEventSchema',
  translations: 'translatedSummariesSchema',
  templates: 'templateSchema',
};

/** Where a field's label and hint are looked up: its entry's word in ui.ts, and its comment's key prefix. */
interface Scope {
  entry?: string;
  doc: string;
}

let docs: Map<string, string> | undefined;
const docOf = (key: string) => (docs ??= schemaDocs(fileURLToPath(new URL('../schemas/', import.meta.url)))).get(key);

function nestedScope(scope: Scope, name: string): Scope {
  return { entry: NESTED_ENTRY_WORDS[name] ?? scope.entry, doc: NESTED_DOC_SCOPES[name] ?? `${scope.doc}.${name}` };
}

const has = (key: string): key is UiKey => key in dictionaries.en;

function humanize(name: string): string {
  if (name in LOCALES) return LOCALES[name as keyof typeof LOCALES].name;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * ui.ts has either a label and its help (`field.campaign.city` + `.help`) or only the help (`field.win.title`),
 * written for contributors; fields it doesn't cover get their comment from the schema.
 */
function labelAndHint({ entry, doc }: Scope, name: string): { label: string; hint?: string } {
  const key = `field.${entry}.${name}`;
  const helpKey = `${key}.help`;
  const comment = docOf(`${doc}.${name}`);
  if (entry && has(helpKey) && has(key)) return { label: t(key), hint: t(helpKey) };
  if (entry && has(key)) return { label: humanize(name), hint: t(key) };
  return { label: humanize(name), ...(comment ? { hint: comment } : {}) };
}

/** Where sources disagree, a field holds a list of reported values instead of one; the editor edits the one. */
function singleValue(node: JsonSchema): JsonSchema {
  return node.anyOf?.find((branch) => branch.type !== 'array') ?? node;
}

function field(name: string, node: JsonSchema, required: boolean, scope: Scope): CmsField {
  const { label, hint } = labelAndHint(scope, name);
  const base = { name, label, required, ...(hint ? { hint } : {}) };
  const disputable = node.anyOf !== undefined;
  const value = singleValue(node);
  const defaults =
    value.default !== undefined || node.default !== undefined ? { default: value.default ?? node.default } : {};
  const disputeNote = disputable
    ? {
        hint: [hint, 'Where sources give different values, edit the file itself (see CONTRIBUTING.md).']
          .filter(Boolean)
          .join(' '),
      }
    : {};

  if (FULL_DATE_FIELDS.has(name)) {
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  }
  if (PARTIAL_DATE_FIELDS.has(name)) {
    return {
      ...base,
      ...disputeNote,
      widget: 'string',
      pattern: [PARTIAL_DATE_PATTERN.source, 'Write a year, a month or a day: 2018, 2018-04 or 2018-04-16.'],
    };
  }
  if (value.enum) {
    return { ...base, ...defaults, ...disputeNote, widget: 'select', options: [...value.enum] };
  }
  if (value.type === 'boolean') return { ...base, ...defaults, widget: 'boolean' };
  if (value.type === 'integer' || value.type === 'number') {
    return { ...base, ...defaults, widget: 'number', value_type: value.type === 'integer' ? 'int' : 'float' };
  }
  if (value.type === 'object') {
    return {
      ...base,
      widget: 'object',
      collapsed: !required,
      fields: objectFields(value, nestedScope(scope, name)),
    };
  }
  if (value.type === 'array') {
    const bounds = {
      ...(value.minItems ? { min: value.minItems } : {}),
      ...(value.maxItems ? { max: value.maxItems } : {}),
    };
    // A pair such as [latitude, longitude]: a list of exactly two numbers.
    if (value.prefixItems) {
      return { ...base, ...bounds, widget: 'list', field: field('value', value.prefixItems[0] ?? {}, true, scope) };
    }
    const items = value.items ? singleValue(value.items) : {};
    if (items.enum)
      return { ...base, ...bounds, ...defaults, widget: 'select', multiple: true, options: [...items.enum] };
    if (items.type === 'object') {
      return {
        ...base,
        ...bounds,
        widget: 'list',
        collapsed: true,
        fields: objectFields(items, nestedScope(scope, name)),
      };
    }
    return { ...base, ...bounds, ...disputeNote, widget: 'list', field: field(name, items, true, scope) };
  }
  const pattern: Partial<CmsField> = value.pattern
    ? { pattern: [value.pattern, `Use the form ${value.pattern}.`] }
    : {};
  return {
    ...base,
    ...defaults,
    ...disputeNote,
    ...pattern,
    widget: (value.maxLength ?? 0) > LONG_TEXT && (value.maxLength ?? 0) <= LONGEST_PROSE ? 'text' : 'string',
  };
}

function objectFields(
  node: JsonSchema,
  scope: Scope,
  only?: readonly string[],
  isRequired = (name: string) => (node.required ?? []).includes(name),
): CmsField[] {
  return Object.entries(node.properties ?? {})
    .filter(([name]) => !only || only.includes(name))
    .map(([name, property]) => field(name, property, isRequired(name), scope));
}

const contractOf = (name: CollectionName) =>
  z.toJSONSchema(COLLECTIONS[name].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

// The text below the front-matter; it is not part of the front-matter contract.
const textField: CmsField = { name: PAGE_TEXT, label: 'Text', widget: 'markdown', required: false };

/** The fields of one collection's editor, front-matter first, then the body. */
export function collectionFields(name: CollectionName, only?: readonly string[]): CmsField[] {
  // JSON Schema calls a field with a preprocessing step (a win's date) optional, whatever the step accepts; the
  // Zod schema itself knows.
  const shape = (COLLECTIONS[name].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const isRequired = (field: string) => shape[field]?.safeParse(undefined).success === false;
  const scope = { entry: ENTRY_WORDS[name], doc: DOC_SCOPES[name] };
  return [...objectFields(contractOf(name), scope, only, isRequired), textField];
}

/** What each collection is called in the editor, which field names an entry, and whether the editor may add one. */
const EDITED: Record<
  Exclude<CollectionName, 'translations'>,
  { label: string; identifier: string; create: boolean }
> = {
  campaigns: { label: 'Campaigns', identifier: 'title', create: true },
  wins: { label: 'Wins', identifier: 'title', create: true },
  companies: { label: 'Companies', identifier: 'name', create: true },
  toolkits: { label: 'Toolkits', identifier: 'title', create: true },
  // The issues are a fixed list (ISSUES in src/schemas/constants.ts) and the pages are the site's own: the editor
  // edits them, and adding one takes code.
  issues: { label: 'Issue explainers', identifier: 'summary', create: false },
  pages: { label: 'Pages', identifier: 'title', create: false },
};

/**
 * Translations live apart from their originals, at `content/translations/<language>/<collection>/<slug>.mdx`
 * with only the fields a translation gives. Decap's own i18n stores every language beside the original, in the
 * same folder and with the same fields, which is not this layout; so each language and collection is a collection
 * of its own, pointing at the same folders the site reads. A translation takes its original's file name, which
 * the editor can't derive from a field, so new translations are started in git or with `npm run new`.
 */
function translationCollections(): CmsCollection[] {
  const languages = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
  return languages.flatMap((language) =>
    (Object.entries(TRANSLATED_FIELDS) as [TranslatedCollection, readonly string[]][]).map(([original, fields]) => {
      const caveat = original === 'campaigns' || original === 'wins' ? ['caveat'] : [];
      const only = [...fields, ...caveat, 'updated'];
      const languageName = LOCALES[language].name;
      return {
        name: `translations-${language}-${original}`,
        label: `${EDITED[original].label} in ${languageName}`,
        label_singular: `${COLLECTIONS[original].singular} in ${languageName}`,
        folder: `${site.contentDir}/translations/${language}/${original}`,
        extension: 'mdx',
        format: FILE_FORMAT,
        create: false,
        slug: '{{slug}}',
        identifier_field: only[0] ?? 'updated',
        fields: collectionFields('translations', only),
      };
    }),
  );
}

export function cmsCollections(): CmsCollection[] {
  const edited = (
    Object.entries(EDITED) as [Exclude<CollectionName, 'translations'>, (typeof EDITED)['campaigns']][]
  ).map(([name, { label, identifier, create }]): CmsCollection => ({
    name,
    label,
    label_singular: COLLECTIONS[name].singular,
    folder: `${site.contentDir}/${name}`,
    // The first extension a collection reads is the one new files get.
    extension: COLLECTIONS[name].extensions[0].slice(1),
    format: FILE_FORMAT,
    create,
    slug: '{{slug}}',
    identifier_field: identifier,
    fields: collectionFields(name),
  }));
  return [...edited, ...translationCollections()];
}

/** `owner/name` of the content repository, from its GitHub address in src/config.ts. */
export function repositoryName(repository: string = site.repository): string {
  const path = new URL(repository).pathname.replace(/^\/|\.git$/g, '');
  if (new URL(repository).hostname !== 'github.com' || path.split('/').length !== 2) {
    throw new Error(
      `The repository ${repository} is not a GitHub repository address; set REPOSITORY_URL to https://github.com/<owner>/<name>, which the editor at /admin/ needs.`,
    );
  }
  return path;
}

/** The whole editor configuration, as Decap reads it from /admin/config.yml. */
export function cmsConfig() {
  return {
    backend: {
      name: 'github',
      repo: repositoryName(),
      branch: site.branch,
      // People without write access edit in a fork of their own, and their changes arrive as pull requests.
      open_authoring: true,
      ...(site.editorAuthUrl ? { base_url: site.editorAuthUrl } : {}),
    },
    // Opened from localhost, the editor reads and writes the working copy through `npx decap-server` instead.
    local_backend: true,
    // Every change is a branch and a pull request; a maintainer reviews it before it is published.
    publish_mode: 'editorial_workflow',
    site_url: site.url,
    media_folder: 'public/uploads',
    // Content has no images today; Decap needs a folder for uploads all the same.
    public_folder: `${site.base.replace(/\/?$/, '/')}uploads`,
    collections: cmsCollections(),
  };
}
