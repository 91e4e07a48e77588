import { z } from 'zod';
import { fix, missingOr, quote } from './error-text.ts';

/**
 * Characters that don't belong in a line of text: control characters (they break the feeds' XML and can hide
 * text), and the marks that reverse the direction of what follows (they can make a line read as something else).
 * Tabs and line breaks are allowed; the site writes right-to-left text with `dir`, not with marks.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Characters that take no space: a value made only of these (and spaces) is empty. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

/** `U+000B`, the way a contributor's editor or a search engine names a character they can't see. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with text that holds a control or direction-changing character, or undefined when it holds none. */
export function forbiddenCharacterProblem(text: string): string | undefined {
  const found = FORBIDDEN_CHARACTERS.exec(text);
  return found
    ? fix(
        `contains an invisible control character (${codePoint(found[0])})`,
        'delete it: retype the text around it, or paste it as plain text',
      )
    : undefined;
}

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

/** The shape of every file name on the site: lowercase words joined by hyphens, such as `durham-police-exchange`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
