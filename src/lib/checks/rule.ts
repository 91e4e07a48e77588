/**
 * What every check in this folder shares: the entry it reads, the shape of a rule, and how a problem points at a
 * field. Rules are pure: whatever they need to know (the gazetteer, the other campaigns) is passed in, so the
 * validator, the build, `npm run new` and the browser form can all run the same ones.
 *
 * The rules read front-matter defensively, so they still run (and report) when the schema check failed.
 */
import type { ContentFile } from '../content-files.ts';
import { fieldName, type Problem } from '../problems.ts';
import type { StateCode } from '../../schemas/constants.ts';

/** A content file as the rules read it; the form builds one from its fields, with no lines to point at. */
export type CheckedEntry = Pick<ContentFile, 'collection' | 'slug' | 'extension' | 'file' | 'data' | 'locate'> &
  Partial<Pick<ContentFile, 'source' | 'body' | 'parsed' | 'links'>>;

/** Where places are: the offline gazetteer and the states' outlines, which only the build can afford to load. */
export interface PlaceLookup {
  knowsCity: (city: string, state: StateCode) => boolean;
  /** Whether a point lies in a state; without it, written coordinates are not checked. */
  contains?: (state: StateCode, point: readonly [number, number]) => boolean;
}

export interface SiteContext {
  /** Only used to name files that are missing: `content`. */
  contentDir: string;
  places: PlaceLookup;
}

/** A check of one file on its own, which the form can run on the file it is building. */
export interface EntryRule<Entry = CheckedEntry> {
  id: string;
  description: string;
  check: (entry: Entry) => Problem[];
}

/** A check that looks across every entry of the site, and the problems it finds. */
export interface SiteRule {
  id: string;
  description: string;
  check: (entries: readonly CheckedEntry[], context: SiteContext) => Problem[];
}

export function field(entry: Pick<CheckedEntry, 'data'>, name: string): unknown {
  return typeof entry.data === 'object' && entry.data !== null
    ? (entry.data as Record<string, unknown>)[name]
    : undefined;
}

/** A problem at a field of the front-matter, or at its parent where the field itself has no line. */
export function problemAt(
  entry: Pick<CheckedEntry, 'file' | 'locate'>,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const position = entry.locate(path) ?? entry.locate(path.slice(0, 1)) ?? { line: 1, column: 1 };
  return { file: entry.file, ...position, field: fieldName(path), message, severity };
}

/** A problem with the file as a whole: its name, its folder, or its absence. */
export function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, field: '', message, severity: 'error' };
}

/** A problem in the body, at the line and column of an offset in it, counted in the whole file where it is known. */
export function bodyProblem(
  entry: Pick<CheckedEntry, 'file' | 'source' | 'body'>,
  offset: number,
  message: string,
): Problem {
  const before = entry.source?.slice(0, entry.source.length - (entry.body ?? '').length + offset);
  const position =
    before === undefined ? {} : { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
  return { file: entry.file, ...position, field: '(body)', message, severity: 'error' };
}
