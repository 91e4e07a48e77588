/**
 * The map's filters, kept in step in three places: the filter form, the address (so a link shares what the reader
 * sees) and the markers. The form starts from the address, which it then rewrites on every change.
 */
import { filtersFromSearch, filtersToSearch, type Filters } from '../../lib/filters.ts';
import { openFiltersWhenUseful } from '../filters/disclosure.ts';

export class FilterSync {
  /** The filters in force: the address's at first, then the form's. */
  filters: Filters = filtersFromSearch(location.search);
  private form: HTMLFormElement | null;

  /** `changed` runs after every change the reader makes in the form, once the address shows it. */
  constructor(form: HTMLFormElement | null, changed: () => void) {
    this.form = form;
    this.writeForm();
    openFiltersWhenUseful(form?.closest('details') ?? null, this.active);
    const onChange = () => {
      this.filters = this.readForm();
      history.replaceState(null, '', `${location.pathname}${filtersToSearch(this.filters)}${location.hash}`);
      changed();
    };
    form?.addEventListener('input', onChange);
    form?.addEventListener('change', onChange);
    form?.addEventListener('reset', () => setTimeout(onChange));
    form?.addEventListener('submit', (event) => event.preventDefault());
  }

  get active(): boolean {
    return Object.keys(this.filters).length > 0;
  }

  /** Drops every filter, in the form too (whose reset then clears the address). */
  clear() {
    this.form?.reset();
    this.filters = {};
  }

  /** The filters as the form shows them. */
  private readForm(): Filters {
    const filters: Filters = {};
    if (!this.form) return filters;
    for (const [key, value] of new FormData(this.form))
      if (typeof value === 'string' && value.trim()) filters[key as keyof Filters] = value.trim();
    return filters;
  }

  private writeForm() {
    if (!this.form) return;
    for (const [key, value] of Object.entries(this.filters)) {
      const field = this.form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement) field.value = value;
    }
  }
}
