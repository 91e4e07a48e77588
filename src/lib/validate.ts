/**
 * Checks all of content/ without Astro: each file's front-matter against its schema, the rules of src/lib/checks/
 * (each file's, then those across entries), and (optionally) the body against the content guard. The build,
 * `npm run validate` and `npm run new` all call this.
 */
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { fix } from '../schemas/error-text.ts';
import { readContentFiles, type ContentFile } from './content-files.ts';
import { createContentGuard, type GuardProblem } from './content-guard.ts';
import { checkEntry } from './checks/index.ts';
import { checkIntegrity } from './integrity.ts';
import { problemsFromZod, type Problem } from './problems.ts';

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
export function schemaProblems(entry: ContentFile): Problem[] {
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
    problems.push(...schemaProblems(entry), ...checkEntry(entry));
    if (bodies) problems.push(...guardProblems(entry, root));
  }
  problems.push(...checkIntegrity(entries, contentDir));
  return { entries, problems };
}
