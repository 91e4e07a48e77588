import { z } from 'zod';
import { fix, quote } from './error-text.ts';
import { sourceUrlSchema } from './link.ts';

/**
 * A fact as the sources report it. Usually that is one value (`vote: 6-0`). Where sources disagree, the file lists
 * every reported value with the sources that give it, and the site shows them all ("sources differ: 5-0 or 5-1")
 * rather than printing one that a cited source contradicts:
 *
 * ```yaml
 * vote:
 *   - value: 5-0
 *     sources: [https://example.org/story-a]
 *   - value: 5-1
 *     sources: [https://example.org/story-b]
 * ```
 */
export interface ReportedValue<T> {
  /** The value as one source reports it. */
  value: T;
  /** The addresses of the sources that report it; each is also listed in the entry's `sources`. */
  sources: string[];
}

/** Two or more values that sources disagree on. */
export interface Disputed<T> {
  disputed: ReportedValue<T>[];
}

export type Reported<T> = T | Disputed<T>;

const DISPUTE_ADVICE =
  'where sources differ, list each value with its sources: "- value: 5-0" and on the next line "sources: [https://...]"';

/**
 * A field that takes one value, or the values that different sources report. `value` is the schema of one value;
 * its own messages are used for each alternative too, and `advice` says what one value looks like.
 */
export function reported<T extends z.ZodType>(value: T, advice: string) {
  const alternative = z.strictObject(
    {
      /** The value as these sources report it. */
      value,
      /** The addresses of the sources that report this value; each must also be in the entry's `sources`. */
      sources: z
        .array(sourceUrlSchema, {
          error: () => fix('is missing', 'list the addresses of the sources that report this value, in [ ]'),
        })
        .min(1, { error: fix('is empty', 'list at least one source address that reports this value') }),
    },
    { error: () => fix('is not a reported value', DISPUTE_ADVICE) },
  );
  const disputed = z
    .array(alternative, { error: () => fix('is not a list of reported values', DISPUTE_ADVICE) })
    .min(2, {
      error: fix('lists only one value', 'write the value on its own; list values only where sources differ'),
    })
    .transform((values) => ({ disputed: values }));
  // When neither form fits, src/lib/problems.ts reports the problems of the form the input was closest to; this
  // message is for input that fits neither at all.
  return z.union([disputed, value], {
    error: (issue) =>
      Array.isArray(issue.input)
        ? fix('is not a list of reported values', DISPUTE_ADVICE)
        : fix(`${quote(issue.input)} is not a value this field takes`, advice),
  });
}

export function isDisputed<T>(reported: Reported<T>): reported is Disputed<T> {
  return typeof reported === 'object' && reported !== null && 'disputed' in reported;
}

/** Every value the sources report, in the order the file gives them. */
export function reportedValues<T>(reported: Reported<T>): T[] {
  return isDisputed(reported) ? reported.disputed.map((alternative) => alternative.value) : [reported];
}

/** Every value a list of reported values names, disputed ones included, without repeats. */
export function everyValue<T>(list: readonly Reported<T>[]): T[] {
  return [...new Set(list.flatMap((item) => reportedValues(item)))];
}

/**
 * The source addresses that the reported `fields` of `record` name, with the path of each, read defensively so the
 * check still runs when another part of the file is wrong.
 */
export function namedSources(
  record: Readonly<Record<PropertyKey, unknown>> | readonly unknown[],
  fields: readonly (string | number)[],
  at: readonly PropertyKey[] = [],
): [PropertyKey[], string][] {
  return fields.flatMap((field) => {
    const value = (record as Record<PropertyKey, unknown>)[field];
    if (!value || typeof value !== 'object' || !('disputed' in value) || !Array.isArray(value.disputed)) return [];
    return (value.disputed as { sources?: unknown }[]).flatMap((alternative, index) =>
      (Array.isArray(alternative.sources) ? alternative.sources : []).map((url): [PropertyKey[], string] => [
        [...at, field, index, 'sources'],
        String(url),
      ]),
    );
  });
}

/**
 * One issue for each named source that is not in the entry's `sources`: the source list on the page must be
 * complete, and each address there has its title and publisher.
 */
export function unlistedSources(named: readonly [PropertyKey[], string][], sources: readonly unknown[], what: string) {
  const listed = new Set(sources.map((source) => (source as { url?: unknown } | null)?.url));
  return named
    .filter(([, url]) => !listed.has(url))
    .map(([path, url]) => ({
      code: 'custom' as const,
      path,
      message: fix(
        `names the source ${quote(url)}, which is not in the ${what}'s sources`,
        'add it to sources with its title or publisher, or correct the address',
      ),
    }));
}
