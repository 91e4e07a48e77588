/**
 * A problem found in a content file, and the one place that turns Zod errors into problems and problems into
 * the lines people read. The build, `npm run validate` and the tests all print through here, so a contributor
 * sees the same words everywhere.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file, relative to the project root: `content/campaigns/durham-police-exchange.mdx`. */
  file: string;
  /** 1-based line and column in the file, where known. */
  line?: number;
  column?: number;
  /** The front-matter field (`sources[0].url`), or an empty string for the file as a whole. */
  field: string;
  /** What is wrong — how to fix it. */
  message: string;
  severity: Severity;
}

/** The parts of a Zod issue this module reads; kept structural so any Zod 4 error fits. */
interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  /** For a failed union: the issues of each form the value could have taken. */
  errors?: IssueLike[][];
}

/**
 * A field that takes one of several forms (a value, or the values sources report) fails with one issue per form.
 * The contributor meant one of them: the form whose problems are not "this is the wrong kind of value" altogether.
 * Its issues are reported, moved under the field's path; where no form stands out, the union's own message is.
 */
function unwrapUnions(issues: readonly IssueLike[]): IssueLike[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    const meant = issue.errors.filter(
      (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    if (meant.length !== 1) return [{ ...issue, errors: undefined }];
    return unwrapUnions(meant[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** `['sources', 0, 'url']` → `sources[0].url`, the way the field is shown to people. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Edit distance, to suggest the field someone meant when they misspelt one. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A Zod message that no schema customised: still say how to get help rather than print Zod's jargon alone. */
function explainDefault(message: string): string {
  return `${message.charAt(0).toLowerCase()}${message.slice(1)} — see CONTRIBUTING.md for what this field takes`;
}

const CUSTOM_MESSAGE = / — /;

export interface ZodProblemOptions {
  file: string;
  /** Finds the line and column of a front-matter field, when the caller has the source. */
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;
  /** The fields the schema knows, to suggest one for a misspelt key. */
  knownFields?: readonly string[];
}

/** Turns the issues of a failed `safeParse` into problems: one per issue, and one per unknown key. */
export function problemsFromZod(issues: readonly IssueLike[], options: ZodProblemOptions): Problem[] {
  const problems: Problem[] = [];
  // A missing field has no line of its own: point at its parent, or at the front-matter's first line.
  const at = (path: readonly PropertyKey[]) => {
    if (!options.locate) return {};
    for (let depth = path.length; depth > 0; depth--) {
      const found = options.locate(path.slice(0, depth));
      if (found) return found;
    }
    return { line: 1, column: 1 };
  };
  for (const issue of unwrapUnions(issues)) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = options.knownFields ? closest(key, options.knownFields) : undefined;
        problems.push({
          file: options.file,
          ...at(path),
          field: fieldName(path),
          message: suggestion
            ? `is not a field the site knows — did you mean "${suggestion}"? Fix the spelling, or remove the line`
            : 'is not a field the site knows — check its spelling against CONTRIBUTING.md, or remove the line',
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({
      file: options.file,
      ...at(issue.path),
      field: fieldName(issue.path),
      message: CUSTOM_MESSAGE.test(issue.message) ? issue.message : explainDefault(issue.message),
      severity: 'error',
    });
  }
  return problems;
}

/** `file:line:column  field  message`, the one-line form every tool prints, on one line whatever it holds. */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return [place, problem.field || '(file)', `${label}${problem.message}`]
    .join('  ')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Problems in a stable order: by file, then line, so output and snapshots don't shuffle. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

/** The report the build fails with, and `npm run validate` prints: a count, the lines, and where to read more. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts = [
    errors ? `${errors} ${errors === 1 ? 'problem' : 'problems'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return [
    `${counts.join(' and ')} in content/:`,
    ...sortProblems(problems).map(formatProblem),
    '',
    'Each line gives the file and line, the field, what is wrong and how to fix it. CONTRIBUTING.md explains every field.',
  ].join('\n');
}
