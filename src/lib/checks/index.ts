/**
 * Every rule a content file is checked with, beyond its schema and the content guard. Each rule is one file here:
 * an id, a line saying what it asks of a file, and a pure function returning the problems it finds. The validator
 * (and through it the build and `npm run validate`) runs all of them; `npm run new` runs them on the file it writes;
 * the form on /contribute/ runs the ones that make sense for one new campaign (src/components/contribute/
 * form-problems.ts) and imports those files directly, so it doesn't ship the others.
 */
import type { Problem } from '../problems.ts';
import { characters } from './characters.ts';
import { duplicateCampaigns } from './duplicate-campaigns.ts';
import { fileNames } from './file-names.ts';
import { internalLinks } from './internal-links.ts';
import { issuePages } from './issue-pages.ts';
import { personalDetails } from './personal-details.ts';
import { places } from './places.ts';
import { references } from './references.ts';
import { requiredPages } from './required-pages.ts';
import type { CheckedEntry, SiteContext, SiteRule } from './rule.ts';
import { statuses } from './statuses.ts';
import { translations } from './translations.ts';

/** Rules that read one file at a time. */
export const ENTRY_RULES = [personalDetails, characters] as const;

/** Rules that look across entries, in the order their problems are reported. */
export const SITE_RULES: readonly SiteRule[] = [
  fileNames,
  references,
  issuePages,
  requiredPages,
  translations,
  places,
  internalLinks,
  duplicateCampaigns,
  statuses,
];

export function checkEntry(entry: CheckedEntry): Problem[] {
  return ENTRY_RULES.flatMap((rule) => rule.check(entry));
}

export function checkSite(entries: readonly CheckedEntry[], context: SiteContext): Problem[] {
  return SITE_RULES.flatMap((rule) => rule.check(entries, context));
}
