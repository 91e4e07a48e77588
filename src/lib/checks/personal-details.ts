import type { Problem } from '../problems.ts';
import { findPersonalDetails } from '../privacy.ts';
import { bodyProblem, problemAt, type CheckedEntry, type EntryRule } from './rule.ts';

/** Every text value in the front-matter, with its path: `[['sources', 0, 'title'], 'Headline']`. */
function textFields(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  return [];
}

export const personalDetails: EntryRule<Pick<CheckedEntry, 'file' | 'data' | 'body' | 'source' | 'locate'>> = {
  id: 'personal-details',
  description:
    'No phone numbers, personal e-mail addresses or street addresses, in any text field of the front-matter or in the body.',
  check(entry: Pick<CheckedEntry, 'file' | 'data' | 'body' | 'source' | 'locate'>): Problem[] {
    return [
      ...textFields(entry.data).flatMap(([path, text]) =>
        findPersonalDetails(text).map((finding) => problemAt(entry, path, finding.message)),
      ),
      ...findPersonalDetails(entry.body ?? '').map((finding) => bodyProblem(entry, finding.index, finding.message)),
    ];
  },
};
