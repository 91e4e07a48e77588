/**
 * Small helpers for writing schema error messages.
 *
 * Every message in `src/schemas/` reads "what is wrong — how to fix it", in plain words, because the people who
 * see them are organizers adding their campaign, not developers. The field name is added by the formatter
 * (`src/lib/problems.ts`), so messages start with the problem, not the field.
 */
import { FORBIDDEN_CHARACTERS } from './constants.ts';

/** Joins the two halves of a message with the separator the formatter and the docs use. */
export function fix(problem: string, howToFix: string): string {
  return `${problem} — ${howToFix}`;
}

/**
 * An `error` option for a Zod type that tells "the field is missing" apart from "the field has the wrong kind of
 * value", which need different advice.
 */
export function missingOr(missing: string, wrongType: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType),
  };
}

/** An `error` option for an optional text field: it is only ever reached with a value of the wrong kind. */
export function mustBeText(advice: string) {
  return { error: () => fix('is not text', advice) };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Quotes a value from a contributor's file for use inside a message: shortened so one bad value can't flood the
 * output, and with line breaks and other control characters written as escapes (`\n`), so a value can never start
 * a line of its own in a terminal or a CI log.
 */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = (text === undefined ? String(value) : text).replace(CONTROL, (character) =>
    JSON.stringify(character).slice(1, -1),
  );
  return `"${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"`;
}

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
