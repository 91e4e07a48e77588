/**
 * `<site-search>`: full-text search over the Pagefind index, built on Pagefind's JavaScript API so that results
 * show what this site needs (type, place, status, date), the facets show counts, and the query and filters live
 * in the address. Pagefind itself is loaded from the built site only when this element starts.
 *
 * The counts need Pagefind's filter index, which grows with every page (at 5,000 campaigns it is a third of what a
 * first search fetches), so it loads after the first results are on screen, and on a phone, where the filters are
 * folded away, only once the reader opens them. `data-counts="shown"` says the counts are in place.
 */
import { pageText, type PluralForms } from '../../i18n/browser-text.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { chunkOf, fetchPlaces, matchCities, parsePlaceQuery, type CityRow } from '../../lib/near-me.ts';
import { openFiltersWhenUseful } from '../filters/disclosure.ts';
import { isStatus, statusMark } from '../status/status-mark.ts';
import {
  isGenuineMatch,
  SEARCH_FILTERS,
  searchFromUrl,
  searchToUrl,
  type SearchFilter,
  type SearchQuery,
} from '../../lib/search.ts';

export interface SearchLabels {
  /** Display names for filter values, by filter: `{ state: { NC: 'North Carolina' } }`. */
  values: Record<SearchFilter, Record<string, string>>;
  prompt: string;
  loading: string;
  results: PluralForms;
  resultsFiltered: PluralForms;
  none: string;
  noIndex: string;
  /** "Go to the page for {name}", for a query that names an issue, a state or a company. */
  shortcut: string;
  /** For a query that is a place: a link to the near-me finder for it. */
  near: string;
  /** For a ZIP code, which no page's words should match. */
  zip: string;
  /** When nothing matches: the way to start a campaign. */
  start: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const PAGE = 15;

/**
 * The excerpt as text with the matched words marked: Pagefind's excerpt is HTML, and only its text and its <mark>
 * elements are kept, whatever the page held. A <template> parses without running or loading anything.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

export class SiteSearch extends HTMLElement {
  private pagefind?: Pagefind;
  private labels!: SearchLabels;
  private form!: HTMLFormElement;
  private filters!: HTMLDetailsElement;
  /** Whether Pagefind has its filter index, so that a search's own result carries the counts. */
  private filterIndexLoaded = false;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private shortcut!: HTMLElement;
  private text = pageText();
  /** Each search gets a number, so a slow search never overwrites a newer one. */
  private latest = 0;
  private pending: PagefindSearch['results'] = [];
  private typing?: ReturnType<typeof setTimeout>;

  async connectedCallback() {
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as SearchLabels;
    this.form = this.querySelector('form')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.shortcut = this.querySelector('[data-search-shortcut]')!;
    const initial = searchFromUrl(location.search);
    this.write(initial);
    this.filters = this.form.querySelector('details')!;
    openFiltersWhenUseful(this.filters, Object.keys(initial.filters).length > 0);
    this.filters.addEventListener('toggle', () => void this.showCounts(this.read(), this.latest));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.form.addEventListener('change', () => void this.run());
    this.form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('input[type="search"]')) {
        clearTimeout(this.typing);
        this.typing = setTimeout(() => void this.run(), 250);
      }
    });
    this.more.addEventListener('click', () => void this.showMore());
    try {
      const bundle = this.dataset.bundle;
      if (!bundle) throw new Error('The page names no search bundle.');
      this.pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await this.pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await this.pagefind.init();
    } catch {
      this.say(this.labels.noIndex);
      this.dataset.phase = 'no-index';
      return;
    }
    await this.run();
  }

  private read(): SearchQuery {
    const data = new FormData(this.form);
    const filters: SearchQuery['filters'] = {};
    for (const key of SEARCH_FILTERS) {
      const value = data.get(key);
      if (typeof value === 'string' && value) filters[key] = value;
    }
    return {
      q: String(data.get('q') ?? '').trim(),
      filters,
      sort: data.get('sort') === 'newest' ? 'newest' : 'relevance',
    };
  }

  private write(query: SearchQuery) {
    const set = (name: string, value: string) => {
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    };
    set('q', query.q);
    for (const key of SEARCH_FILTERS) set(key, query.filters[key] ?? '');
    set('sort', query.sort);
  }

  async run() {
    if (!this.pagefind) return;
    const run = ++this.latest;
    const query = this.read();
    history.replaceState(null, '', `${location.pathname}${searchToUrl(query)}`);
    const filtered = Object.keys(query.filters).length > 0;
    if (!query.q && !filtered) {
      this.list.replaceChildren();
      this.more.hidden = true;
      this.say(this.labels.prompt);
      this.dataset.phase = 'idle';
      await this.showCounts(query, run);
      return;
    }
    this.dataset.phase = 'searching';
    this.say(this.labels.loading);
    this.showShortcut(query.q);
    const place = parsePlaceQuery(query.q);
    if (place.kind === 'zip' && !filtered) {
      // Five digits would only match vote counts and dates: the finder is the answer.
      this.list.replaceChildren();
      this.more.hidden = true;
      this.offerFinder(query.q);
      this.say(this.text.fill(this.labels.zip, { query: query.q }));
      this.dataset.phase = 'done';
      return;
    }
    const counted = this.filterIndexLoaded;
    const search = await this.find(query);
    if (!search || run !== this.latest) return;
    this.list.replaceChildren();
    const first = await Promise.all(search.results.slice(0, PAGE).map((result) => result.data()));
    if (run !== this.latest) return;
    // Only look-alikes (see isGenuineMatch): the honest answer is that nothing matches.
    const lookAlikes = query.q !== '' && !first.some((result) => isGenuineMatch(result.excerpt, query.q));
    const count = lookAlikes ? 0 : search.results.length;
    this.pending = lookAlikes ? [] : [...search.results];
    await this.showMore();
    const known = place.kind === 'city' && (place.state || count === 0) && (await this.isPlace(place));
    if (run !== this.latest) return;
    if (known) this.offerFinder(query.q);
    if (count === 0) this.shortcut.append(this.link(this.dataset.start ?? 'toolkits/', this.labels.start));
    const forms = query.q ? this.labels.results : this.labels.resultsFiltered;
    this.say(
      count === 0
        ? this.text.fill(this.labels.none, { query: query.q })
        : this.text.plural(forms, count, { query: query.q }),
    );
    this.dataset.phase = 'done';
    await this.showCounts(query, run, counted ? search : undefined);
  }

  private find(query: SearchQuery) {
    return this.pagefind!.search(query.q || null, {
      filters: query.filters,
      ...(query.sort === 'newest' && { sort: { date: 'desc' } }),
    });
  }

  /**
   * Puts the counts for this search beside the filters, if they are open. `search` is the search's own result when
   * it ran with the filter index loaded; without it, the search runs again once the index is in.
   */
  private async showCounts(query: SearchQuery, run: number, search?: PagefindSearch) {
    if (!this.pagefind || !this.filters.open) return;
    // Loads the filter index the first time; Pagefind counts results only for the filters it has loaded.
    const totals = await this.pagefind.filters();
    this.filterIndexLoaded = true;
    const everything = !query.q && Object.keys(query.filters).length === 0;
    const counts = everything ? totals : (search ?? (await this.find(query)))?.filters;
    if (!counts || run !== this.latest) return;
    this.updateCounts(counts);
    this.dataset.counts = 'shown';
  }

  /**
   * When the words name a kind of campaign, a state or a company exactly, offer its page above the results: on a
   * small site many pages mention "ceasefire", and the explainer would otherwise be lost among them.
   */
  private showShortcut(q: string) {
    const wanted = q.trim().toLowerCase();
    const sections: [keyof SearchLabels['values'], (value: string) => string][] = [
      ['issue', (value) => `issues/${value}/`],
      ['state', (value) => `states/${value.toLowerCase()}/`],
      ['company', (value) => `companies/${value}/`],
    ];
    this.shortcut.replaceChildren();
    for (const [key, path] of sections) {
      const match = Object.entries(this.labels.values[key]).find(
        ([value, label]) => label.toLowerCase() === wanted || value === wanted,
      );
      if (!match) continue;
      this.shortcut.append(this.link(path(match[0]), this.text.fill(this.labels.shortcut, { name: match[1] })));
      return;
    }
  }

  /**
   * Whether the offline gazetteer knows the city, so that a link to the finder will find it. The page lists the
   * gazetteer's files, so a name no US city starts like costs no request.
   */
  private async isPlace(place: { kind: 'city'; city: string; state?: string }): Promise<boolean> {
    const chunk = chunkOf(place)!;
    if (!this.dataset.placeFiles?.split(' ').includes(chunk)) return false;
    const rows = await fetchPlaces(this.dataset.base ?? '/', chunk);
    return matchCities((rows as CityRow[] | undefined) ?? [], place).length > 0;
  }

  /** A link to the near-me finder for what was typed: a place's campaigns include those near it, not only in it. */
  private offerFinder(q: string) {
    this.shortcut.append(
      this.link(`map/?near=${encodeURIComponent(q)}`, this.text.fill(this.labels.near, { place: q })),
    );
  }

  private link(path: string, text: string) {
    const link = document.createElement('a');
    link.href = `${this.dataset.pages ?? '/'}${path}`;
    link.textContent = text;
    return link;
  }

  private async showMore() {
    const next = this.pending.splice(0, PAGE);
    const data = await Promise.all(next.map((result) => result.data()));
    const items = document.createDocumentFragment();
    for (const result of data) items.append(this.item(result));
    this.list.append(items);
    this.more.hidden = this.pending.length === 0;
  }

  /** A result: what kind of page, where, its status and date, the title as a link, and the matching words. */
  private item(result: PagefindResultData): HTMLLIElement {
    const { values } = this.labels;
    const item = document.createElement('li');
    item.className = 'search-result';
    const facts = document.createElement('p');
    facts.className = 'result-facts';
    const parts = [values.type[result.meta.type ?? ''] ?? '', result.meta.place ?? ''];
    facts.textContent = parts.filter(Boolean).join(' · ');
    if (isStatus(result.meta.status)) {
      const status = document.createElement('span');
      status.className = 'result-status';
      status.append(statusMark(result.meta.status, 14), ` ${values.status[result.meta.status] ?? result.meta.status}`);
      facts.append(' · ', status);
    }
    if (result.meta.date) facts.append(` · ${formatPartialDate(result.meta.date, this.text.intl)}`);
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(facts, heading, excerpt);
    return item;
  }

  /** Puts the number of results each filter value would give beside it, and hides values that would give none. */
  private updateCounts(counts: Record<string, Record<string, number>>) {
    for (const key of SEARCH_FILTERS) {
      const select = this.form.elements.namedItem(key);
      if (!(select instanceof HTMLSelectElement)) continue;
      for (const option of select.options) {
        if (!option.value) continue;
        const count = counts[key]?.[option.value] ?? 0;
        const label = option.dataset.label ?? option.textContent ?? '';
        option.dataset.label = label;
        option.textContent = `${label} (${count})`;
        option.hidden = count === 0 && option.value !== select.value;
      }
    }
  }

  private say(text: string) {
    this.status.textContent = text;
  }
}
