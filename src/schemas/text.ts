import { z } from 'zod';
import { FORBIDDEN_CHARACTERS, SLUG_PATTERN } from './constants.ts';
import { fix, forbiddenCharacterProblem, missingOr, quote } from './error-text.ts';

/** Characters that take no space: a value made only of these (and spaces) is empty. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

/**
 * Plain text written by a contributor: trimmed, not empty (nor only invisible characters), free of control and
 * direction-changing characters, and at most `max` characters when there is a limit. `advice` says what to write,
 * and is reused in every message about the field.
 */
export function textSchema({ advice, max }: { advice: string; max?: number }) {
  const text = z
    .string(missingOr(fix('is missing', advice), fix('is not text', advice)))
    .trim()
    .min(1, { error: fix('is empty', advice) })
    .refine((value) => value.length === 0 || value.replace(INVISIBLE, '').length > 0, {
      error: fix('has only invisible characters', advice),
    })
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value), {
      error: (issue) => forbiddenCharacterProblem(String(issue.input)),
    });
  if (max === undefined) return text;
  return text.max(max, {
    error: (issue) =>
      fix(`is ${String(issue.input).length} characters long`, `shorten it to ${max} characters or fewer`),
  });
}

/** A list of at least one piece of text, such as the bodies a campaign targets. */
export function textListSchema({ advice, itemAdvice }: { advice: string; itemAdvice: string }) {
  return z
    .array(
      textSchema({ advice: itemAdvice, max: 160 }),
      missingOr(fix('is missing', advice), fix('is not a list', advice)),
    )
    .min(1, { error: fix('is empty', advice) });
}

/** A reference to another entry by its slug (its file name without the extension). */
export function slugSchema(what: string, folder: string) {
  const advice = `use the file name of the ${what} in ${folder}/, without .mdx`;
  return z
    .string(missingOr(fix('is missing', advice), fix('is not text', advice)))
    .trim()
    .regex(SLUG_PATTERN, {
      error: (issue) =>
        fix(`${quote(issue.input)} is not a ${what} slug`, `${advice}: lowercase words joined by hyphens`),
    });
}
