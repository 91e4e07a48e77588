/**
 * `<near-me>`: finds the campaigns nearest a ZIP code, a city, or the browser's location (only when asked).
 * Everything runs in the browser: it fetches one small gazetteer file for the place typed (see
 * src/pages/map/places/) and the map's campaign data, and sends nothing anywhere else.
 */
import { pageText } from '../../i18n/browser-text.ts';
import { fetchMapCampaigns, type MapCampaign } from '../../lib/map-data.ts';
import {
  chunkOf,
  fetchPlaces,
  matchCities,
  nearAnswer,
  parsePlaceQuery,
  type CityRow,
  type LocateDetail,
  type ZipRow,
} from '../../lib/near-me.ts';
import type { Status } from '../../schemas/constants.ts';

export interface NearMeLabels {
  searching: string;
  notFound: string;
  choose: string;
  results: string;
  distance: string;
  nothingClose: string;
  start: string;
  add: string;
  contact: string;
  locationDenied: string;
  yourLocation: string;
  statewide: string;
  issues: string;
  statuses: Record<Status, string>;
}

/** Beyond this, a campaign isn't "near": the finder says so and points to starting one. */
const NEAR_MILES = 150;

export class NearMe extends HTMLElement {
  private labels!: NearMeLabels;
  private output!: HTMLElement;
  private campaigns?: Promise<MapCampaign[]>;
  // The page's text and the miles formatter are made on the first answer, not with the page: making the first Intl
  // formatter on a page takes a phone tens of milliseconds, and the finder shares its page with the map.
  private get text() {
    return pageText();
  }
  private get miles() {
    this.milesFormat ??= new Intl.NumberFormat(this.text.intl, {
      style: 'unit',
      unit: 'mile',
      maximumFractionDigits: 0,
    });
    return this.milesFormat;
  }
  private milesFormat?: Intl.NumberFormat;

  connectedCallback() {
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as NearMeLabels;
    this.output = this.querySelector<HTMLElement>('[data-near-output]')!;
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    this.querySelector<HTMLButtonElement>('[data-locate]')?.addEventListener('click', () => this.locate());
    // The search page links here with `?near=` when what someone searched for is a place.
    const near = new URLSearchParams(location.search).get('near');
    if (near && !input.value) {
      input.value = near;
      void this.search(near);
    }
  }

  /** The site's root, where its files are, the same for every language. */
  private get base() {
    return this.dataset.base ?? '/';
  }

  private loadCampaigns() {
    this.campaigns ??= fetchMapCampaigns(`${this.base}map/campaigns.json`);
    return this.campaigns;
  }

  async search(text: string) {
    const query = parsePlaceQuery(text);
    const chunk = chunkOf(query);
    if (!chunk || query.kind === 'empty') return;
    this.say(this.text.fill(this.labels.searching, { query: text.trim() }));
    const rows = await fetchPlaces(this.base, chunk);
    if (query.kind === 'zip') {
      const row = (rows as Record<string, ZipRow> | undefined)?.[query.zip];
      if (row) return this.showNearest([row[0], row[1]], query.zip, row[2]);
    } else {
      const found = matchCities((rows as CityRow[] | undefined) ?? [], query);
      const [name, state, lat, lng] = found[0] ?? [];
      if (found.length === 1) return this.showNearest([lat!, lng!], `${name}, ${state}`, state);
      if (found.length > 1) return this.offerChoices(found, text.trim());
    }
    this.say(this.text.fill(this.labels.notFound, { query: text.trim() }));
  }

  private locate() {
    if (!('geolocation' in navigator)) return this.say(this.labels.locationDenied);
    navigator.geolocation.getCurrentPosition(
      (position) =>
        void this.showNearest([position.coords.latitude, position.coords.longitude], this.labels.yourLocation),
      () => this.say(this.labels.locationDenied),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  private offerChoices(cities: CityRow[], query: string) {
    this.output.replaceChildren();
    const question = document.createElement('p');
    question.textContent = this.text.fill(this.labels.choose, { query });
    const list = document.createElement('ul');
    list.className = 'near-choices';
    for (const [name, state, lat, lng] of cities.sort((a, b) => a[1].localeCompare(b[1]))) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${name}, ${state}`;
      button.addEventListener('click', () => void this.showNearest([lat, lng], `${name}, ${state}`, state));
      item.append(button);
      list.append(item);
    }
    this.output.append(question, list);
    list.querySelector('button')?.focus();
  }

  private async showNearest(point: [number, number], place: string, state?: string) {
    const answer = nearAnswer(point, state, await this.loadCampaigns(), { nearMiles: NEAR_MILES });
    const detail: LocateDetail = {
      point,
      around: answer.nearest.map(({ campaign }) => [campaign.lat, campaign.lng]),
    };
    document.querySelector('campaign-map')?.dispatchEvent(new CustomEvent('campaign-map:locate', { detail }));
    this.output.replaceChildren();
    const heading = document.createElement('h3');
    heading.textContent = this.text.fill(this.labels.results, { place });
    heading.tabIndex = -1;
    this.output.append(heading);
    if (answer.nothingClose) {
      const none = document.createElement('p');
      none.textContent = this.text.fill(this.labels.nothingClose, { distance: this.miles.format(NEAR_MILES), place });
      const links = document.createElement('p');
      links.className = 'near-start';
      links.append(
        this.link(this.dataset.start ?? 'toolkits/', this.labels.start),
        ' · ',
        this.link('issues/', this.labels.issues),
        ' · ',
        this.link('contribute/', this.labels.add),
        ' · ',
        this.anchor(this.dataset.contact ?? '', this.labels.contact),
      );
      this.output.append(none, links);
    }
    this.output.append(
      this.list(
        'near-results',
        answer.nearest.map(({ campaign, miles }) => [
          campaign,
          this.text.fill(this.labels.distance, { distance: this.miles.format(miles) }),
        ]),
      ),
    );
    if (answer.statewide.length > 0) {
      const statewide = document.createElement('h4');
      statewide.textContent = this.text.fill(this.labels.statewide, { state: answer.statewide[0]!.place });
      this.output.append(
        statewide,
        this.list(
          'near-statewide',
          answer.statewide.map((campaign) => [campaign]),
        ),
      );
    }
    heading.focus();
  }

  /** A list of campaigns: the title as a link, then its place, where it stands, and anything else given. */
  private list(className: string, rows: [MapCampaign, ...string[]][]) {
    const list = document.createElement('ol');
    list.className = className;
    for (const [campaign, ...more] of rows) {
      const entry = document.createElement('li');
      const facts = [campaign.place, this.labels.statuses[campaign.status], ...more];
      entry.append(this.link(`campaigns/${campaign.id}/`, campaign.title), ` · ${facts.join(' · ')}`);
      list.append(entry);
    }
    return list;
  }

  private link(path: string, text: string) {
    return this.anchor(`${this.dataset.pages ?? '/'}${path}`, text);
  }

  private anchor(url: string, text: string) {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.textContent = text;
    return anchor;
  }

  private say(text: string) {
    const message = document.createElement('p');
    message.textContent = text;
    this.output.replaceChildren(message);
  }
}
