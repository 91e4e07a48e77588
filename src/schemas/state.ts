import { z } from 'zod';
import { STATE_CODES, STATES } from './constants.ts';
import { fix, quote } from './error-text.ts';

function suggestCode(value: unknown): string {
  if (typeof value !== 'string') return 'write the two-letter postal code, for example NC';
  const byName = STATE_CODES.find((code) => STATES[code].name.toLowerCase() === value.trim().toLowerCase());
  if (byName) return `write the two-letter postal code: ${byName}`;
  return 'write the two-letter postal code in capitals, for example NC for North Carolina or PR for Puerto Rico';
}

/** A USPS state or territory code, in capitals: `NC`, `DC`, `PR`. */
export const stateCodeSchema = z.enum(STATE_CODES, {
  error: (issue) =>
    issue.input === undefined
      ? fix('is missing', 'add the two-letter postal code of the state, for example NC')
      : fix(`${quote(issue.input)} is not a US state or territory code`, suggestCode(issue.input)),
});
