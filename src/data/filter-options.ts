/**
 * The choices in the campaign filters, with their labels and counts: only values some campaign has, in the order
 * people look for them (issues, statuses and levels in the site's order, states and companies alphabetically).
 */
import type { Localized } from '../i18n/localized.ts';
import { countValues, type Filterable, type FilterKey, type FilterOption } from '../lib/filters.ts';
import { STATUS_ORDER } from '../lib/status-shapes.ts';
import { ISSUES } from '../schemas/issue.ts';
import { LEVELS } from '../schemas/constants.ts';
import type { StateCode } from '../schemas/state.ts';
import type { SiteCampaign, SiteDirectory } from './directory.ts';

/** What the filters look at in a campaign. */
export function filterableOf(campaign: SiteCampaign): Filterable {
  return { ...campaign.data, companies: campaign.companyIds };
}

/** `text` is the page's language (`localized(Astro.params.lang)`): labels are in it, and sort in its order. */
export function filterOptions(
  directory: SiteDirectory,
  { t, stateName, intl }: Pick<Localized, 't' | 'stateName' | 'intl'>,
): Record<FilterKey, FilterOption[]> {
  const counts = countValues(directory.campaigns.map(filterableOf));
  const option = (key: FilterKey, value: string, label: string) => ({
    value,
    label,
    count: counts[key].get(value) ?? 0,
  });
  const present = (list: FilterOption[]) => list.filter((entry) => entry.count > 0);
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, intl);
  return {
    issue: present(ISSUES.map((issue) => option('issue', issue, t(`issue.${issue}`)))),
    status: present(STATUS_ORDER.map((status) => option('status', status, t(`status.${status}`)))),
    level: present(LEVELS.map((level) => option('level', level, t(`level.${level}`)))),
    state: present([...counts.state.keys()].map((code) => option('state', code, stateName(code as StateCode)))).sort(
      byLabel,
    ),
    company: present(directory.companies.map((company) => option('company', company.id, company.data.name))).sort(
      byLabel,
    ),
  };
}
