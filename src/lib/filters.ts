/**
 * Filtering campaigns by issue, status, level, state and company: the rule itself, its URL form
 * (`?issue=divestment&state=OR`), and the CSS that applies it without JavaScript. The directory and the map share
 * these, so a link filters the same way on both.
 */

export const FILTER_KEYS = ['issue', 'status', 'level', 'state', 'company'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The menus, plus `q`: words to find in a campaign's title, place, group and companies (where a script runs). */
export type Filters = Partial<Record<FilterKey | 'q', string>>;
const URL_KEYS = [...FILTER_KEYS, 'q'] as const;

/** One choice in a filter menu: the value, its label, and how many campaigns have it. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** What a filter looks at in a campaign. */
export interface Filterable {
  issues: readonly string[];
  status: string;
  /** Who decides: city, county, school-board, union, state... */
  level: string;
  state: string;
  companies: readonly string[];
  /** What the words filter searches, already folded with `foldText`. */
  text?: string;
}

/** Lowercase without accents, so "san jose" finds "San José". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The data attribute each filter reads, and whether it holds a space-separated list. */
export const FILTER_ATTRIBUTES: Record<FilterKey, { attribute: string; list: boolean }> = {
  issue: { attribute: 'data-issues', list: true },
  status: { attribute: 'data-status', list: false },
  level: { attribute: 'data-level', list: false },
  state: { attribute: 'data-state', list: false },
  company: { attribute: 'data-companies', list: true },
};

/** The data attributes a filtered item carries (`data-status="won"`, `data-issues="ceasefire divestment"`...). */
export function filterAttributesOf(campaign: Filterable): Record<string, string> {
  const valuesOf: Record<FilterKey, string | readonly string[]> = {
    issue: campaign.issues,
    status: campaign.status,
    level: campaign.level,
    state: campaign.state,
    company: campaign.companies,
  };
  return Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const value = valuesOf[key];
      return [FILTER_ATTRIBUTES[key].attribute, typeof value === 'string' ? value : value.join(' ')];
    }),
  );
}

/** True when the campaign passes every filter that is set. */
export function matches(campaign: Filterable, filters: Filters): boolean {
  return (
    (!filters.issue || campaign.issues.includes(filters.issue)) &&
    (!filters.status || campaign.status === filters.status) &&
    (!filters.level || campaign.level === filters.level) &&
    (!filters.state || campaign.state === filters.state) &&
    (!filters.company || campaign.companies.includes(filters.company)) &&
    (!filters.q ||
      foldText(filters.q)
        .split(/\s+/)
        .every((word) => (campaign.text ?? '').includes(word)))
  );
}

/** Reads filters from a query string, ignoring unknown keys and empty values. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of URL_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The query string for a set of filters, in a fixed order so the same filters give the same link. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) if (filters[key]) params.set(key, filters[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a campaign's filterable fields back from the data attributes of a rendered element. */
export function filterableFromAttributes(read: (attribute: string) => string | null): Filterable {
  const list = (attribute: string) => (read(attribute) ?? '').split(' ').filter(Boolean);
  return {
    issues: list('data-issues'),
    status: read('data-status') ?? '',
    level: read('data-level') ?? '',
    state: read('data-state') ?? '',
    companies: list('data-companies'),
  };
}

/**
 * CSS that filters without JavaScript: when `<select id="filter-status">` has "won" selected, every item in
 * `scope` whose `data-status` isn't "won" is hidden. One rule per value; groups (`[data-group]`, one per state)
 * with no item carrying the value are hidden too.
 */
export function filterStyles(scope: string, values: Record<FilterKey, readonly string[]>): string {
  const rules: string[] = [];
  for (const key of FILTER_KEYS) {
    const { attribute, list } = FILTER_ATTRIBUTES[key];
    const operator = list ? '~=' : '=';
    for (const value of values[key]) {
      const chosen = `${scope}:has(#filter-${key} option[value="${value}"]:checked)`;
      const has = `[${attribute}${operator}"${value}"]`;
      rules.push(`${chosen} [data-filter-item]:not(${has}),${chosen} [data-group]:not(:has(${has})){display:none}`);
    }
  }
  return rules.join('\n');
}

/** How many campaigns carry each value of each filter, for the counts beside the options. */
export function countValues(campaigns: readonly Filterable[]): Record<FilterKey, Map<string, number>> {
  const counts: Record<FilterKey, Map<string, number>> = {
    issue: new Map(),
    status: new Map(),
    level: new Map(),
    state: new Map(),
    company: new Map(),
  };
  const add = (key: FilterKey, value: string) => counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  for (const campaign of campaigns) {
    campaign.issues.forEach((issue) => add('issue', issue));
    add('status', campaign.status);
    add('level', campaign.level);
    add('state', campaign.state);
    campaign.companies.forEach((company) => add('company', company));
  }
  return counts;
}

/**
 * The counts beside each menu's options once other filters are set: for each menu, how many campaigns would show
 * if that option were chosen and every other filter stayed as it is.
 */
export function countsWith(campaigns: readonly Filterable[], filters: Filters): Record<FilterKey, Map<string, number>> {
  const counts = countValues([]);
  for (const key of FILTER_KEYS) {
    const others: Filters = { ...filters, [key]: undefined };
    counts[key] = countValues(campaigns.filter((campaign) => matches(campaign, others)))[key];
  }
  return counts;
}

/** The values of each menu's options, for `filterStyles`. */
export function optionValues(options: Record<FilterKey, readonly FilterOption[]>): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, options[key].map((option) => option.value)])) as Record<
    FilterKey,
    string[]
  >;
}
