/**
 * Reads content files the way a contributor wrote them: front-matter with the line of every field, and the body.
 * Astro parses the same files for the site; this reader exists so that checks can point at a line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { fix } from '../schemas/error-text.ts';
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
  /** Line and column of a front-matter field in the file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;
}

export const CONTENT_EXTENSIONS = ['.mdx', '.md', '.yaml', '.yml'] as const;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

const YAML_ADVICE: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'if a value contains ": ", put the whole value in double quotes',
  BAD_INDENT: 'check the indentation, and that every [ has a matching ]',
  DUPLICATE_KEY: 'a field appears twice: keep one of them',
  MISSING_CHAR: 'close the quote or bracket that is left open',
  MULTILINE_IMPLICIT_KEY: 'put ": " after the field name, and keep a value that has no quotes on one line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
};

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

/** Parses one content file. Problems with the file itself (no front-matter, broken YAML) come back as problems. */
export function parseContentFile(
  source: string,
  { collection, slug, extension, file }: Pick<ContentFile, 'collection' | 'slug' | 'extension' | 'file'>,
): { entry?: ContentFile; problems: Problem[] } {
  const isData = extension === '.yaml' || extension === '.yml';
  const match = isData ? undefined : FRONT_MATTER.exec(source);
  if (!isData && !match) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: fix('has no front-matter', 'start the file with a line "---", the fields, and another "---"'),
          severity: 'error',
        },
      ],
    };
  }
  const yamlText = isData ? source : match![1]!;
  const firstLine = isData ? 1 : 2;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
    column: error.linePos?.[0].col ?? 1,
    field: '',
    message: fix(
      'the front-matter cannot be read',
      YAML_ADVICE[error.code] ??
        'check this line: values with ": " need double quotes, and lists need [ ] or "- " items',
    ),
    severity: 'error' as const,
  }));
  if (problems.length) return { problems };
  const locate = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(document, path);
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line + firstLine - 1, column: position.col };
  };
  return {
    entry: {
      collection,
      slug,
      extension,
      file,
      source,
      data: document.toJS() ?? {},
      body: isData ? '' : source.slice(match![0].length),
      locate,
    },
    problems,
  };
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

/** Every content file under `contentDir`, as `<collection>/<name><extension>`, in a stable order. */
export function listContentFiles(root: string, contentDir = 'content'): ContentFileName[] {
  const base = join(root, contentDir);
  const names: ContentFileName[] = [];
  for (const collection of readdirSync(base, { withFileTypes: true })) {
    if (!collection.isDirectory()) continue;
    for (const entry of readdirSync(join(base, collection.name), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const extension = CONTENT_EXTENSIONS.find((candidate) => entry.name.toLowerCase().endsWith(candidate));
      if (!extension) continue;
      const path = join(entry.parentPath, entry.name);
      const nameInCollection = relative(join(base, collection.name), path);
      names.push({
        collection: collection.name,
        slug: nameInCollection.slice(0, -extension.length).replaceAll('\\', '/'),
        extension,
        path,
        file: relative(root, path).replaceAll('\\', '/'),
      });
    }
  }
  return names.sort((a, b) => a.file.localeCompare(b.file));
}

/** Reads and parses every content file under the project root. */
export function readContentFiles(
  root: string,
  contentDir = 'content',
): { entries: ContentFile[]; problems: Problem[] } {
  const entries: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const name of listContentFiles(root, contentDir)) {
    const result = parseContentFile(readFileSync(name.path, 'utf8'), name);
    if (result.entry) entries.push(result.entry);
    problems.push(...result.problems);
  }
  return { entries, problems };
}
