/**
 * Reads content files exactly as Astro does, so that nothing is published that the checks did not see: the same
 * front-matter boundaries and YAML engine (Astro's own `parseFrontmatter`, which uses js-yaml), the same files
 * (no symbolic links, lower-case extensions only). A second parse of the same text with the `yaml` package finds
 * the line of a field when a message needs to point at it, and any YAML alias before js-yaml expands it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fix } from '../schemas/error-text.ts';
import type { GuardLink } from './content-guard.ts';
import type { Problem } from './problems.ts';

export interface ContentFile {
  /** The folder under content/: `campaigns`, `wins`, ... */
  collection: string;
  /** The file name without its extension: the entry's id and URL. */
  slug: string;
  /** `.mdx`, `.md` or `.yaml`. */
  extension: string;
  /** Path relative to the project root, as shown in messages. */
  file: string;
  source: string;
  /** The parsed front-matter (or the whole document, for .yaml files). */
  data: unknown;
  /** The Markdown after the front-matter. */
  body: string;
  /** The front-matter as its schema reads it, once it has passed the schema check. */
  parsed?: unknown;
  /** Every link in the body, as the content guard found it while reading the body. */
  links?: GuardLink[];
  /** Line and column of a front-matter field in the file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;
}

export const CONTENT_EXTENSIONS = ['.mdx', '.md', '.yaml', '.yml'] as const;

/** The longest toolkit is about 30,000 characters; a file many times that is a mistake, or an attempt to slow the build. */
export const MAX_FILE_CHARACTERS = 200_000;

/** Front-matter written for TOML (`+++`), which Astro would also read but the checks and the docs don't. */
const TOML_FRONT_MATTER = /^\uFEFF?\s*\+\+\+/;

/** Walks a YAML document to the node a path names, returning the offset of its key (or item) in the YAML text. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) break;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function fileProblem(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, field: '', message, severity: 'error' };
}

/** The front-matter's YAML text and where it starts, found as Astro finds it; undefined when there is none. */
function frontMatterOf(source: string): { yaml: string; offset: number; end: number } | undefined {
  const rawFrontmatter = extractFrontmatter(source);
  if (!rawFrontmatter) return undefined;
  const offset = source.indexOf(rawFrontmatter);
  return { yaml: rawFrontmatter, offset, end: offset + rawFrontmatter.length + 3 };
}

/**
 * Parses one content file. Problems with the file itself (no front-matter, YAML that can't be read, YAML aliases)
 * come back as problems, each at its line.
 */
export function parseContentFile(
  source: string,
  { collection, slug, extension, file }: Pick<ContentFile, 'collection' | 'slug' | 'extension' | 'file'>,
): { entry?: ContentFile; problems: Problem[] } {
  const isData = extension === '.yaml' || extension === '.yml';
  if (source.length > MAX_FILE_CHARACTERS)
    return {
      problems: [
        fileProblem(
          file,
          1,
          1,
          fix(
            `is ${source.length.toLocaleString('en-US')} characters long`,
            `split it or shorten it to under ${MAX_FILE_CHARACTERS.toLocaleString('en-US')} characters`,
          ),
        ),
      ],
    };
  if (!isData && TOML_FRONT_MATTER.test(source))
    return {
      problems: [
        fileProblem(file, 1, 1, fix('has TOML front-matter (+++)', 'write the fields in YAML between two lines "---"')),
      ],
    };
  const found = isData ? { yaml: source, offset: 0, end: source.length } : frontMatterOf(source);
  if (!found)
    return {
      problems: [
        fileProblem(
          file,
          1,
          1,
          fix('has no front-matter', 'start the file with a line "---", the fields, and another "---"'),
        ),
      ],
    };
  const firstLine = source.slice(0, found.offset).split('\n').length;
  // The second parse is about a third of the checks' time at a few thousand files, and most files never need a
  // line: it is made when a message asks for one, or first when the text could hold an alias.
  let parsed: { document: Document; lineCounter: LineCounter } | undefined;
  const positions = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { document: parseDocument(found.yaml, { lineCounter, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  };
  const at = (offset: number) => {
    const position = positions().lineCounter.linePos(offset);
    return { line: position.line + firstLine - 1, column: position.col };
  };
  // An alias repeats another part of the file; contributors never need one, and a chain of them (the "billion
  // laughs") can grow a few lines into more data than the build can hold. Every alias starts with "*".
  let alias: number | undefined;
  if (found.yaml.includes('*'))
    visit(positions().document, {
      Alias: (_key, node) => {
        alias ??= node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
  if (alias !== undefined) {
    const { line, column } = at(alias);
    return {
      problems: [
        fileProblem(
          file,
          line,
          column,
          fix('uses a YAML alias (*name)', 'write the value out in full where it is needed, and remove the &anchor'),
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = isData ? load(source) : parseFrontmatter(source).frontmatter;
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return {
      problems: [
        fileProblem(file, mark ? mark.line + firstLine : firstLine, mark ? mark.column + 1 : 1, yamlProblem(reason)),
      ],
    };
  }
  const locate = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(positions().document, path);
    return offset === undefined ? undefined : at(offset);
  };
  return {
    entry: {
      collection,
      slug,
      extension,
      file,
      source,
      data: data ?? {},
      body: isData ? '' : source.slice(found.end),
      locate,
    },
    problems: [],
  };
}

/** What js-yaml could not read, said in the words a contributor needs, with how to fix it. */
function yamlProblem(reason: string): string {
  const cannotRead = 'the front-matter cannot be read on this line';
  if (/unknown tag/.test(reason))
    return fix('the front-matter uses a YAML tag (a word after "!")', 'remove the tag; plain values need none');
  if (/duplicated mapping key/.test(reason)) return fix('a field appears twice', 'keep one of them');
  if (/non-printable/.test(reason))
    return fix('the front-matter contains an invisible control character', 'delete it, or retype the line');
  if (/tab/i.test(reason)) return fix(cannotRead, 'indent with spaces, not tabs');
  if (/bad indentation|implicit/.test(reason))
    return fix(
      cannotRead,
      'if a value contains ": ", put the whole value in double quotes; otherwise check the indentation',
    );
  if (/end of the stream|unexpected end/.test(reason))
    return fix(cannotRead, 'close the quote or bracket that is left open');
  return fix(cannotRead, 'values with ": " need double quotes, and lists need [ ] or "- " items');
}

export interface ContentFileName {
  collection: string;
  slug: string;
  extension: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root. */
  file: string;
}

/**
 * Every content file under `contentDir`, as `<collection>/<name><extension>`, in a stable order, and the files the
 * build would treat differently from the checks: a symbolic link (Astro's loader may follow it), and an upper-case
 * extension such as `.MDX` (Astro's loader skips it, without a word).
 */
export function listContentFiles(
  root: string,
  contentDir = 'content',
): { names: ContentFileName[]; problems: Problem[] } {
  const base = join(root, contentDir);
  const names: ContentFileName[] = [];
  const problems: Problem[] = [];
  const where = (path: string) => relative(root, path).replaceAll('\\', '/');
  const refuse = (path: string, message: string) => problems.push(fileProblem(where(path), 1, 1, message));
  for (const collection of readdirSync(base, { withFileTypes: true })) {
    const folder = join(base, collection.name);
    if (collection.isSymbolicLink()) {
      refuse(
        folder,
        fix('is a symbolic link, which the checks do not follow', 'replace the link with the folder itself'),
      );
      continue;
    }
    if (!collection.isDirectory()) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isSymbolicLink()) {
        refuse(
          path,
          fix('is a symbolic link, which the checks do not follow', 'replace the link with the file itself'),
        );
        continue;
      }
      const extension = CONTENT_EXTENSIONS.find((candidate) => entry.name.toLowerCase().endsWith(candidate));
      if (!extension || !entry.isFile()) continue;
      if (!entry.name.endsWith(extension)) {
        const stem = entry.name.slice(0, -extension.length);
        refuse(
          path,
          fix(
            `has an upper-case extension (${entry.name.slice(-extension.length)}), which the site does not read`,
            `rename it to ${stem}${extension}`,
          ),
        );
        continue;
      }
      names.push({
        collection: collection.name,
        slug: relative(folder, path).slice(0, -extension.length).replaceAll('\\', '/'),
        extension,
        path,
        file: where(path),
      });
    }
  }
  return { names: names.sort((a, b) => a.file.localeCompare(b.file)), problems };
}

/** Reads and parses every content file under the project root. */
export function readContentFiles(
  root: string,
  contentDir = 'content',
): { entries: ContentFile[]; problems: Problem[] } {
  const entries: ContentFile[] = [];
  const { names, problems } = listContentFiles(root, contentDir);
  for (const name of names) {
    const result = parseContentFile(readFileSync(name.path, 'utf8'), name);
    if (result.entry) entries.push(result.entry);
    problems.push(...result.problems);
  }
  return { entries, problems };
}
