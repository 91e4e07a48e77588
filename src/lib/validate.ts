/**
 * Checks all of content/ without Astro: each file's front-matter against its schema, the cross-entry integrity
 * rules, and (optionally) the body against the content guard. The build and `npm run validate` both call this.
 */
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { fix } from '../schemas/error-text.ts';
import { FORBIDDEN_CHARACTERS } from '../schemas/constants.ts';
import { forbiddenCharacterProblem } from '../schemas/error-text.ts';
import { bodyPosition, readContentFiles, type ContentFile } from './content-files.ts';
import { createContentGuard, type GuardProblem } from './content-guard.ts';
import { checkIntegrity } from './integrity.ts';
import { findPersonalDetails } from './privacy.ts';
import { fieldName, problemsFromZod, type Problem } from './problems.ts';

export interface ValidateOptions {
  /** The project root; content is read from `<root>/<contentDir>`. */
  root: string;
  contentDir?: string;
  /** Also run the content guard over each body (and check its links). Off only for a quick look at one new file. */
  bodies?: boolean;
}

export interface ValidationResult {
  entries: ContentFile[];
  problems: Problem[];
}

/** Checks the front-matter against its collection's schema; a valid entry keeps the parsed values in `parsed`. */
function schemaProblems(entry: ContentFile): Problem[] {
  const definition = COLLECTIONS[entry.collection as CollectionName];
  if (!definition) return [];
  const result = definition.schema.safeParse(entry.data);
  if (result.success) {
    entry.parsed = result.data;
    return [];
  }
  return problemsFromZod(result.error.issues, {
    file: entry.file,
    locate: entry.locate,
    knownFields: definition.fields,
  });
}

/** Every text value in the front-matter, with its path: `[['sources', 0, 'title'], 'Headline']`. */
function textFields(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  return [];
}

/** Phone numbers, personal e-mail addresses and street addresses, in the front-matter and in the body. */
export function privacyProblems(entry: Pick<ContentFile, 'file' | 'data' | 'body' | 'source' | 'locate'>): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of textFields(entry.data))
    for (const finding of findPersonalDetails(text))
      problems.push({
        file: entry.file,
        ...(entry.locate(path) ?? { line: 1, column: 1 }),
        field: fieldName(path),
        message: finding.message,
        severity: 'error',
      });
  for (const finding of findPersonalDetails(entry.body)) {
    problems.push({
      file: entry.file,
      ...bodyPosition(entry, finding.index),
      field: '(body)',
      message: finding.message,
      severity: 'error',
    });
  }
  return problems;
}

/**
 * Control characters and direction-changing marks in a body, where they would reach the page and the feeds as
 * they are. (In the front-matter, the YAML reader refuses control characters and the schema refuses both.)
 */
export function characterProblems(entry: Pick<ContentFile, 'file' | 'source' | 'body'>): Problem[] {
  return [...entry.body.matchAll(new RegExp(FORBIDDEN_CHARACTERS.source, 'g'))].map((match) => ({
    file: entry.file,
    ...bodyPosition(entry, match.index),
    field: '(body)',
    message: forbiddenCharacterProblem(match[0])!,
    severity: 'error' as const,
  }));
}

/**
 * Runs the content guard over one file's body, returning its problems instead of throwing, and keeps the body's
 * links on the entry for the check that links to the site's pages lead somewhere.
 */
export function guardProblems(
  entry: Pick<ContentFile, 'file' | 'source' | 'extension' | 'links'>,
  root: string,
): Problem[] {
  if (entry.extension !== '.mdx' && entry.extension !== '.md') return [];
  let found: GuardProblem[] = [];
  const guard = createContentGuard((problems, _file, links) => {
    found = problems;
    entry.links = links;
  });
  const options = { mdastPlugins: [guard], fileURL: pathToFileURL(`${root}/${entry.file}`) };
  try {
    if (entry.extension === '.mdx') mdxToJs(entry.source, options);
    else markdownToJs(entry.source, options);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const position = /(\d+):(\d+)/.exec(message);
    return [
      {
        file: entry.file,
        line: position ? Number(position[1]) : 1,
        column: position ? Number(position[2]) : 1,
        field: '(body)',
        message: fix(
          `cannot be read as MDX (${message})`,
          'check for a < or { that should be written as \\< or \\{, and for unclosed tags',
        ),
        severity: 'error',
      },
    ];
  }
  return found.map((problem) => ({ file: entry.file, ...problem, field: '(body)', severity: 'error' as const }));
}

export function validateContent({ root, contentDir = 'content', bodies = true }: ValidateOptions): ValidationResult {
  const { entries, problems } = readContentFiles(root, contentDir);
  for (const entry of entries) {
    problems.push(...schemaProblems(entry), ...privacyProblems(entry), ...characterProblems(entry));
    if (bodies) problems.push(...guardProblems(entry, root));
  }
  problems.push(...checkIntegrity(entries, contentDir));
  return { entries, problems };
}
