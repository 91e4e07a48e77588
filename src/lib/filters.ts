/**
 * Filtering campaigns by issue, status, level, state and company: the rule itself, its URL form
 * (`?issue=divestment&state=OR`, written by src/lib/url-state.ts), and the CSS that applies it without JavaScript.
 * The directory and the map share these, so a link filters the same way on both.
 */
import type { Campaign } from '../schemas/campaign.ts';
import { readUrlState, writeUrlState, type UrlKey, type UrlState } from './url-state.ts';

export const FILTER_KEYS = ['issue', 'status', 'level', 'state', 'company'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/**
 * The menus, plus `q`: words to find in a campaign's title, place, group and companies (where a script runs). As
 * read from an address, so any text: a value no campaign has matches none.
 */
export type Filters = UrlState<FilterKey | 'q'>;
const FILTER_URL_KEYS = ['q', ...FILTER_KEYS] as const;

/** One choice in a filter menu: the value, its label, and how many campaigns have it. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** What a filter looks at in a campaign: its own fields, with companies as ids (disputed ones included). */
export type Filterable = Pick<Campaign, 'issues' | 'status' | 'level' | 'state'> & {
  companies: readonly string[];
  /** What the words filter searches, already folded with `foldText`. */
  text?: string;
};

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
export function attributesOf(
  values: ItemValues,
  menus: readonly { key: string; attribute: string }[],
): Record<string, string> {
  return Object.fromEntries(menus.map(({ key, attribute }) => [attribute, (values[key] ?? []).join(' ')]));
}

/** A campaign's values for each of the campaign menus. */
export function campaignValues(campaign: Filterable): ItemValues {
  return {
    issue: campaign.issues,
    status: [campaign.status],
    level: [campaign.level],
    state: [campaign.state],
    company: campaign.companies,
  };
}

/** True when the campaign passes every filter that is set. */
export function matches(campaign: Filterable, filters: Filters): boolean {
  return (
    (!filters.issue || campaign.issues.some((issue) => issue === filters.issue)) &&
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
  return readUrlState(search, FILTER_URL_KEYS);
}

/** The query string for a set of filters, in the site's one order, so the same filters give the same link. */
export function filtersToSearch(filters: Filters): string {
  return writeUrlState(filters);
}

/**
 * One menu of a filtered list (the directory, the table, the wins): the URL key it sets, the data attribute it
 * reads on each item, whether that attribute holds a space-separated list, and its choices.
 */
export interface FilterMenu {
  /** The URL key, also the select's name: one of URL_KEYS, so the address keeps one order. */
  key: UrlKey;
  label: string;
  attribute: string;
  list: boolean;
  options: FilterOption[];
}

/**
 * CSS that filters without JavaScript, and only then: when `<select id="filter-status">` has "won" selected, every
 * item in `scope` whose `data-status` isn't "won" is hidden. One rule per value; groups (`[data-group]`, a state's
 * cards or a year's wins) with no item carrying the value are hidden too.
 */
export function filterStyles(scope: string, menus: readonly FilterMenu[]): string {
  const rules: string[] = [];
  for (const { key, attribute, list, options } of menus) {
    const operator = list ? '~=' : '=';
    for (const { value } of options) {
      const chosen = `${scope}:has(#filter-${key} option[value="${value}"]:checked)`;
      const has = `[${attribute}${operator}"${value}"]`;
      rules.push(`${chosen} [data-filter-item]:not(${has}),${chosen} [data-group]:not(:has(${has})){display:none}`);
    }
  }
  // With scripts on, the list's script filters instead; the browser then never evaluates these `:has()` rules,
  // which on a list of hundreds cost a phone noticeable time at every style change.
  return `@media (scripting: none) {\n${rules.join('\n')}\n}`;
}

/** An item's values for each menu, read from its data attributes: `{ issue: ['ceasefire'], state: ['OR'] }`. */
export type ItemValues = Record<string, readonly string[]>;

export function itemValues(
  read: (attribute: string) => string | null,
  menus: readonly { key: string; attribute: string; list: boolean }[],
): ItemValues {
  return Object.fromEntries(
    menus.map(({ key, attribute, list }) => {
      const value = read(attribute) ?? '';
      return [key, list ? value.split(' ').filter(Boolean) : [value]];
    }),
  );
}

/** True when the item has every chosen value (`chosen` maps a menu's key to its value; unset menus are absent). */
export function matchesChosen(item: ItemValues, chosen: Readonly<Record<string, string>>): boolean {
  return Object.entries(chosen).every(([key, value]) => item[key]?.includes(value));
}

/**
 * The counts beside each menu's options once other menus are set: for each menu, how many items would show if
 * that option were chosen and every other menu stayed as it is.
 */
export function countChosen(
  items: readonly ItemValues[],
  chosen: Readonly<Record<string, string>>,
  keys: readonly string[],
): Record<string, Map<string, number>> {
  return Object.fromEntries(
    keys.map((key) => {
      const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== key));
      const counts = new Map<string, number>();
      for (const item of items)
        if (matchesChosen(item, others))
          for (const value of item[key] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [key, counts];
    }),
  );
}
