import { FORBIDDEN_CHARACTERS } from '../../schemas/constants.ts';
import { forbiddenCharacterProblem } from '../../schemas/error-text.ts';
import type { Problem } from '../problems.ts';
import { bodyProblem, type CheckedEntry, type EntryRule } from './rule.ts';

/**
 * In the front-matter, the YAML reader refuses control characters and the schema refuses both kinds; in a body they
 * would reach the page and the feeds as they are.
 */
export const characters: EntryRule<Pick<CheckedEntry, 'file' | 'source' | 'body'>> = {
  id: 'characters',
  description: 'No control characters or direction-changing marks in the body.',
  check: (entry: Pick<CheckedEntry, 'file' | 'source' | 'body'>): Problem[] =>
    [...(entry.body ?? '').matchAll(new RegExp(FORBIDDEN_CHARACTERS.source, 'g'))].map((match) =>
      bodyProblem(entry, match.index, forbiddenCharacterProblem(match[0])!),
    ),
};
