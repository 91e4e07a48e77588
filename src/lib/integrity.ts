/**
 * Runs the cross-entry rules of src/lib/checks/ with what only the build can load: the offline gazetteer and the
 * states' outlines. Astro only warns about some of these; here each one is an error that names the file, the field
 * and the fix.
 */
import { checkSite } from './checks/index.ts';
import type { CheckedEntry } from './checks/rule.ts';
import { findCity } from './gazetteer.ts';
import type { Problem } from './problems.ts';
import { isInState } from './state-shapes.ts';

export { untranslatedEntries } from './checks/translations.ts';

/** `contentDir` is only used to name files that are missing. */
export function checkIntegrity(entries: readonly CheckedEntry[], contentDir = 'content'): Problem[] {
  return checkSite(entries, {
    contentDir,
    places: { knowsCity: (city, state) => findCity(city, state) !== undefined, contains: isInState },
  });
}
