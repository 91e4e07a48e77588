/** `<filtered-list>`: see FilteredList.astro. */
import { countChosen, itemValues, matchesChosen, type ItemValues } from '../../lib/filters.ts';
import { readUrlState, URL_KEYS, writeUrlState, type UrlKey } from '../../lib/url-state.ts';
import { openFiltersWhenUseful } from './disclosure.ts';

interface Group {
  element: HTMLElement;
  items: { element: HTMLElement; values: ItemValues }[];
}

export class FilteredList extends HTMLElement {
  private groups: Group[] = [];
  private selects: HTMLSelectElement[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-attribute]')];
    const menus = this.selects.map((select) => ({
      key: select.name,
      attribute: select.dataset.attribute!,
      list: select.hasAttribute('data-list'),
    }));
    this.groups = [...this.querySelectorAll<HTMLElement>('[data-group]')].map((group) => ({
      element: group,
      items: [...group.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({
        element,
        values: itemValues((name) => element.getAttribute(name), menus),
      })),
    }));
    const inAddress = readUrlState(location.search, URL_KEYS);
    for (const select of this.selects) {
      const value = inAddress[select.name as UrlKey];
      if (value && [...select.options].some((option) => option.value === value)) select.value = value;
    }
    openFiltersWhenUseful(form.closest('details'), Object.keys(this.chosen()).length > 0);
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('reset', () => setTimeout(() => this.apply(true)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.apply(false);
  }

  /** The menus that are set, by key (a select's name is its menu's URL key). */
  private chosen(): Record<string, string> {
    return Object.fromEntries(
      this.selects.filter((select) => select.value).map((select) => [select.name, select.value]),
    );
  }

  private apply(updateUrl: boolean) {
    const chosen = this.chosen();
    let shown = 0;
    for (const group of this.groups) {
      let shownInGroup = 0;
      for (const { element, values } of group.items) {
        const visible = matchesChosen(values, chosen);
        element.hidden = !visible;
        if (visible) shownInGroup++;
      }
      group.element.hidden = shownInGroup === 0;
      shown += shownInGroup;
    }
    this.recount(chosen);
    const total = Number(this.dataset.total);
    const line = this.querySelector('[data-status-line]');
    if (line) line.textContent = shown === total ? '' : (this.dataset.showing ?? '').replace('{count}', String(shown));
    const noMatch = this.querySelector<HTMLElement>('[data-no-match]');
    if (noMatch) noMatch.hidden = shown > 0;
    if (updateUrl) {
      history.replaceState(null, '', `${location.pathname}${writeUrlState(chosen)}${location.hash}`);
    }
  }

  /** Each option's count says how many items choosing it would show, given the other menus. */
  private recount(chosen: Record<string, string>) {
    const counts = countChosen(
      this.groups.flatMap((group) => group.items.map((item) => item.values)),
      chosen,
      this.selects.map((select) => select.name),
    );
    for (const select of this.selects)
      for (const option of select.querySelectorAll<HTMLOptionElement>('option[data-label]')) {
        const count = counts[select.name]?.get(option.value) ?? 0;
        option.textContent = `${option.dataset.label} (${count})`;
        option.disabled = count === 0 && !option.selected;
      }
  }
}
