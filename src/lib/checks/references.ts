import { fix, quote } from '../../schemas/error-text.ts';
import { closest, type Problem } from '../problems.ts';
import { field, problemAt, type CheckedEntry, type SiteRule } from './rule.ts';

function didYouMean(value: string, known: ReadonlySet<string>): string {
  const suggestion = closest(value, known);
  return suggestion ? ` (did you mean ${quote(suggestion)}?)` : '';
}

/** A win names its campaign by file name; the campaign must exist. */
export function unknownCampaign(entry: CheckedEntry, campaigns: ReadonlySet<string>): Problem[] {
  const campaign = field(entry, 'campaign');
  if (typeof campaign !== 'string' || !campaign || campaigns.has(campaign)) return [];
  return [
    problemAt(
      entry,
      ['campaign'],
      fix(
        `${quote(campaign)} is not a campaign on the site`,
        `use the file name of a campaign in content/campaigns/, without .mdx${didYouMean(campaign, campaigns)}; if the campaign is new, add its file too`,
      ),
    ),
  ];
}

/** A campaign names its companies by file name; each must exist, every alternative of a disputed item too. */
export function unknownCompanies(entry: CheckedEntry, companies: ReadonlySet<string>): Problem[] {
  const named = field(entry, 'companies');
  if (!Array.isArray(named)) return [];
  const written = named.flatMap((item: unknown, index): [unknown, PropertyKey[]][] =>
    Array.isArray(item)
      ? item.map((alternative: { value?: unknown } | null, at) => [
          alternative?.value,
          ['companies', index, at, 'value'],
        ])
      : [[item, ['companies', index]]],
  );
  return written
    .filter((pair): pair is [string, PropertyKey[]] => typeof pair[0] === 'string' && !companies.has(pair[0]))
    .map(([company, path]) =>
      problemAt(
        entry,
        path,
        fix(
          `${quote(company)} is not a company on the site`,
          `use the file name of a company in content/companies/${didYouMean(company, companies)}; if it is new, add content/companies/${company}.md with its sources`,
        ),
      ),
    );
}

export const references: SiteRule = {
  id: 'references',
  description: 'Wins name their campaign and campaigns name their companies, by file name; each must exist.',
  check(entries) {
    const slugs = (collection: string) =>
      new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.slug));
    const campaigns = slugs('campaigns');
    const companies = slugs('companies');
    return entries.flatMap((entry) =>
      entry.collection === 'wins'
        ? unknownCampaign(entry, campaigns)
        : entry.collection === 'campaigns'
          ? unknownCompanies(entry, companies)
          : [],
    );
  },
};
