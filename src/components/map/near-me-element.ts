/**
 * `<near-me>`: finds the campaigns nearest a ZIP code, a city, or the browser's location (only when asked).
 * Everything runs in the browser: it fetches one small gazetteer file for the place typed (see
 * src/pages/map/places/) and the map's campaign data, and sends nothing anywhere else.
 */
import { pageText } from '../../i18n/browser-text.ts';
import { KM_PER_MILE, nearest, distanceKm } from '../../lib/geo.ts';
import { fetchMapCampaigns, type MapCampaign } from '../../lib/map-data.ts';
import { chunkOf, fetchPlaces, matchCities, parsePlaceQuery, type CityRow } from '../../lib/near-me.ts';

export interface NearMeLabels {
  searching: string;
  notFound: string;
  choose: string;
  results: string;
  distance: string;
  nothingClose: string;
  start: string;
  add: string;
  locationDenied: string;
  yourLocation: string;
}

/** Beyond this, a campaign isn't "near": the finder says so and points to starting one. */
const NEAR_MILES = 150;

export class NearMe extends HTMLElement {
  private labels!: NearMeLabels;
  private output!: HTMLElement;
  private campaigns?: Promise<MapCampaign[]>;
  private text = pageText();
  private miles = new Intl.NumberFormat(this.text.intl, {
    style: 'unit',
    unit: 'mile',
    maximumFractionDigits: 0,
  });

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
      const point = (rows as Record<string, [number, number]> | undefined)?.[query.zip];
      if (point) return this.showNearest(point, query.zip);
    } else {
      const found = matchCities((rows as CityRow[] | undefined) ?? [], query);
      if (found.length === 1) return this.showNearest([found[0]![2], found[0]![3]], `${found[0]![0]}, ${found[0]![1]}`);
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
      button.addEventListener('click', () => void this.showNearest([lat, lng], `${name}, ${state}`));
      item.append(button);
      list.append(item);
    }
    this.output.append(question, list);
    list.querySelector('button')?.focus();
  }

  private async showNearest(point: [number, number], place: string) {
    const campaigns = await this.loadCampaigns();
    const closest = nearest(point, campaigns, (campaign) => [campaign.lat, campaign.lng], 5);
    document.querySelector('campaign-map')?.dispatchEvent(new CustomEvent('campaign-map:locate', { detail: point }));
    this.output.replaceChildren();
    const heading = document.createElement('h3');
    heading.textContent = this.text.fill(this.labels.results, { place });
    heading.tabIndex = -1;
    this.output.append(heading);
    const nearestMiles = closest[0]
      ? distanceKm(point, [closest[0].item.lat, closest[0].item.lng]) / KM_PER_MILE
      : Infinity;
    if (nearestMiles > NEAR_MILES) {
      const none = document.createElement('p');
      none.textContent = this.text.fill(this.labels.nothingClose, { distance: this.miles.format(NEAR_MILES), place });
      const links = document.createElement('p');
      links.append(this.link('toolkits/', this.labels.start), ' · ', this.link('contribute/', this.labels.add));
      this.output.append(none, links);
    }
    const list = document.createElement('ol');
    list.className = 'near-results';
    for (const { item, km } of closest) {
      const entry = document.createElement('li');
      const distance = document.createElement('span');
      distance.textContent = ` · ${item.place} · ${this.text.fill(this.labels.distance, { distance: this.miles.format(km / KM_PER_MILE) })}`;
      entry.append(this.link(`campaigns/${item.id}/`, item.title), distance);
      list.append(entry);
    }
    this.output.append(list);
    heading.focus();
  }

  private link(path: string, text: string) {
    const anchor = document.createElement('a');
    anchor.href = `${this.dataset.pages ?? '/'}${path}`;
    anchor.textContent = text;
    return anchor;
  }

  private say(text: string) {
    const message = document.createElement('p');
    message.textContent = text;
    this.output.replaceChildren(message);
  }
}
