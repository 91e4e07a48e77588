/**
 * The menus of the filtered lists, with their labels and counts: only values some item has, in the order people
 * look for them (issues, statuses, levels and kinds in the site's order, states and companies alphabetically,
 * years newest first). The directory and the map filter campaigns; /wins/ filters wins.
 */
import type { Localized } from './localized.ts';
import { yearOf } from '../lib/dates.ts';
import {
  campaignValues,
  countChosen,
  FILTER_ATTRIBUTES,
  FILTER_KEYS,
  type FilterMenu,
  type FilterOption,
  type ItemValues,
} from '../lib/filters.ts';
import { STATUS_ORDER } from '../lib/status-shapes.ts';
import { sortDate } from '../lib/timeline.ts';
import type { UrlKey } from '../lib/url-state.ts';
import { ISSUES, LEVELS, type StateCode } from '../schemas/constants.ts';
import { WIN_KINDS } from '../schemas/win.ts';
import type { SiteCampaign, SiteContent, SiteWin } from './site-content.ts';

type Text = Pick<Localized, 't' | 'stateName' | 'intl'>;

/** What the campaign menus read from a campaign. */
export function campaignItem(campaign: SiteCampaign): ItemValues {
  return campaignValues({ ...campaign.data, companies: campaign.companyIds });
}

/** What the wins menus read from a win: its campaign's issues and state, its year and its kind. */
export function winItem(win: SiteWin, content: SiteContent): ItemValues {
  const campaign = content.campaignOf(win);
  return {
    issue: campaign?.data.issues ?? [],
    state: campaign ? [campaign.data.state] : [],
    year: [String(yearOf(sortDate(win.data.date)))],
    kind: [win.data.kind],
  };
}

/** Builds menus from each one's values in order, dropping values no item has. */
function menus(
  items: readonly ItemValues[],
  spec: { key: UrlKey; label: string; attribute: string; list: boolean; values: [string, string][]; sort?: boolean }[],
  { intl }: Text,
): FilterMenu[] {
  const counts = countChosen(
    items,
    {},
    spec.map(({ key }) => key),
  );
  return spec.map(({ key, label, attribute, list, values, sort }) => {
    const options: FilterOption[] = values
      .map(([value, text]) => ({ value, label: text, count: counts[key]?.get(value) ?? 0 }))
      .filter((option) => option.count > 0);
    if (sort) options.sort((a, b) => a.label.localeCompare(b.label, intl));
    return { key, label, attribute, list, options };
  });
}

/** The campaign menus: issue, status, who decides, state and company. */
export function campaignMenus(content: SiteContent, text: Text): FilterMenu[] {
  const { t, stateName } = text;
  const states = content.states.map((code): [string, string] => [code, stateName(code)]);
  const values: Record<(typeof FILTER_KEYS)[number], { values: [string, string][]; sort?: boolean }> = {
    issue: { values: ISSUES.map((issue) => [issue, t(`issue.${issue}`)]) },
    status: { values: STATUS_ORDER.map((status) => [status, t(`status.${status}`)]) },
    level: { values: LEVELS.map((level) => [level, t(`level.${level}`)]) },
    state: { values: states, sort: true },
    company: { values: content.companies.map((company) => [company.id, company.data.name]), sort: true },
  };
  return menus(
    content.campaigns.map(campaignItem),
    FILTER_KEYS.map((key) => ({ key, label: t(`filters.${key}`), ...FILTER_ATTRIBUTES[key], ...values[key] })),
    text,
  );
}

/** The wins menus: issue, state, year and kind of decision. */
export function winMenus(content: SiteContent, text: Text): FilterMenu[] {
  const { t, stateName } = text;
  const items = content.wins.map((win) => winItem(win, content));
  const years = [...new Set(items.flatMap((item) => item.year ?? []))].sort().reverse();
  return menus(
    items,
    [
      {
        key: 'issue',
        label: t('filters.issue'),
        attribute: 'data-issues',
        list: true,
        values: ISSUES.map((issue) => [issue, t(`issue.${issue}`)]),
      },
      {
        key: 'state',
        label: t('filters.state'),
        attribute: 'data-state',
        list: false,
        values: content.states.map((code): [string, string] => [code, stateName(code as StateCode)]),
        sort: true,
      },
      { key: 'year', label: t('filters.year'), attribute: 'data-year', list: false, values: years.map((y) => [y, y]) },
      {
        key: 'kind',
        label: t('filters.kind'),
        attribute: 'data-kind',
        list: false,
        values: WIN_KINDS.map((kind) => [kind, t(`winKind.${kind}`)]),
      },
    ],
    text,
  );
}
