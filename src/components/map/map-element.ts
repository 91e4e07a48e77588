/**
 * `<campaign-map>`: the interactive map. It reads everything from data attributes and two JSON files written at
 * build time (the campaigns and the state outlines), so the page's HTML stays the source of truth and the map
 * works offline. Leaflet and its cluster plugin load only on pages that use this element.
 *
 * What the page provides around it: a filter form (`data-form`), a list of every campaign (`data-list`, one
 * `<li data-campaign="slug">` each) and a status line (`data-status-line`). Without JavaScript, the list is the map.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { pageText, type PluralForms } from '../../i18n/browser-text.ts';
import { filtersFromSearch, filtersToSearch, foldText, matches, type Filters } from '../../lib/filters.ts';
import { usLongitude } from '../../lib/geo.ts';
import { fetchJson, fetchMapCampaigns, type MapCampaign } from '../../lib/map-data.ts';
import type { LocateDetail } from '../../lib/near-me.ts';
import { STATUS_SHAPES } from '../../lib/status-shapes.ts';
import { openFiltersWhenUseful } from '../filters/disclosure.ts';
import { statusMark } from '../status/status-mark.ts';
import type { Status } from '../../schemas/constants.ts';

export interface MapLabels {
  statuses: Record<string, string>;
  issues: Record<string, string>;
  openCampaign: string;
  /** Plural forms with `{count}`. */
  cluster: PluralForms;
  marker: string;
  count: PluralForms;
  none: string;
  twoFingers: string;
  failed: string;
  showOnMap: string;
  /** Plural forms with `{count}`. */
  more: PluralForms;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
}

interface Placed {
  campaign: MapCampaign;
  marker: L.Marker;
  latLng: L.LatLng;
  filterable: Parameters<typeof matches>[0];
}

/** Regions the "Go to" buttons show, in map coordinates (eastern longitudes shifted west, see usLongitude). */
const REGIONS: Record<string, L.LatLngBoundsExpression> = {
  lower48: [
    [24.4, -125],
    [49.5, -66.9],
  ],
  alaska: [
    [51.2, -188],
    [71.4, -129.9],
  ],
  hawaii: [
    [18.9, -160.3],
    [22.3, -154.8],
  ],
  caribbean: [
    [17.6, -67.3],
    [18.6, -64.5],
  ],
  pacific: [
    [-14.6, -216],
    [20.6, -169.3],
  ],
};

/** Campaigns the list shows at a time. */
const LIST_PAGE = 100;

/** A DivIcon whose element carries an accessible name (for clusters), since Leaflet gives a div icon only a title. */
class LabelledIcon extends L.DivIcon {
  declare options: L.DivIconOptions & { label: string };

  constructor(options: L.DivIconOptions & { label: string }) {
    super(options);
  }

  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const icon = super.createIcon(oldIcon);
    icon.setAttribute('aria-label', this.options.label);
    return icon;
  }
}

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/**
 * Leaflet animates the pans it starts on its own (arrow keys, a popup moving into view, a marker receiving focus)
 * unless the call passes `animate: false`, which those calls can't. For readers who asked for less motion, every
 * pan and flight on this map jumps instead.
 */
function withoutAnimatedMoves(map: L.Map) {
  const panBy = map.panBy.bind(map);
  map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  map.flyTo = (latLng, zoom, options) => map.setView(latLng, zoom, { ...options, animate: false });
  map.flyToBounds = (bounds, options) => map.fitBounds(bounds, { ...options, animate: false });
}

export class CampaignMap extends HTMLElement {
  map?: L.Map;
  private cluster?: L.MarkerClusterGroup;
  private placed = new Map<string, Placed>();
  private labels!: MapLabels;
  private text = pageText();
  private form?: HTMLFormElement | null;
  private list?: HTMLElement | null;
  private statusLine?: HTMLElement | null;
  private filters: Filters = {};
  /** The campaigns passing the filters, worked out when they change and read on every move of the map. */
  private matching: Placed[] = [];
  /** The ids the list shows now, to leave it alone when a move of the map doesn't change it. */
  private listed = '';
  /** How many of the campaigns in view the list shows; "Show more" raises it. */
  private listLimit = LIST_PAGE;
  /** Set by the last kind of input, so popups move focus only for people using a keyboard. */
  private keyboardUser = false;

  async connectedCallback() {
    addEventListener('keydown', () => (this.keyboardUser = true), true);
    addEventListener('pointerdown', () => (this.keyboardUser = false), true);
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as MapLabels;
    this.form = document.getElementById(this.dataset.form ?? '') as HTMLFormElement | null;
    this.list = document.getElementById(this.dataset.list ?? '');
    this.statusLine = document.getElementById(this.dataset.statusLine ?? '');
    try {
      const [campaigns, outlines] = await Promise.all([
        fetchMapCampaigns(this.dataset.campaigns!),
        fetchJson<GeoJSON.FeatureCollection>(this.dataset.basemap!),
      ]);
      await this.draw(campaigns, outlines);
    } catch (error) {
      this.dataset.state = 'failed';
      const message = this.querySelector('[data-map-message]');
      if (message) message.textContent = this.labels.failed;
      throw error;
    }
  }

  private async draw(campaigns: MapCampaign[], outlines: GeoJSON.FeatureCollection) {
    // The cluster plugin is a UMD bundle that extends the global L.
    (window as unknown as { L: typeof L }).L = L;
    await import('leaflet.markercluster');

    const container = this.querySelector<HTMLElement>('[data-map]')!;
    // Read once: Leaflet fixes its animations when the map is made.
    const motion = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(container, {
      center: [39, -97],
      zoom: 4,
      minZoom: 2,
      maxZoom: 13,
      zoomSnap: 0.5,
      scrollWheelZoom: false,
      zoomControl: false,
      attributionControl: false,
      zoomAnimation: motion,
      fadeAnimation: motion,
      markerZoomAnimation: motion,
      inertia: motion,
    });
    if (!motion) withoutAnimatedMoves(map);
    this.map = map;
    // The map itself is laid out left to right (Leaflet positions everything that way; see CampaignMap.astro), so
    // on a right-to-left page its controls move to the other side here, where a reader's eye starts.
    const rtl = document.documentElement.dir === 'rtl';
    L.control
      .zoom({
        position: rtl ? 'topright' : 'topleft',
        zoomInTitle: this.labels.zoomIn,
        zoomOutTitle: this.labels.zoomOut,
      })
      .addTo(map);
    L.control.attribution({ position: rtl ? 'bottomleft' : 'bottomright', prefix: false }).addTo(map);
    this.watchPopups(map);
    this.keepPageScrollable(map, container);

    const tiles = this.dataset.tiles;
    if (tiles && tiles !== 'none') {
      L.tileLayer(tiles, {
        attribution: this.dataset.attribution ?? '',
        referrerPolicy: 'strict-origin-when-cross-origin',
        maxZoom: 19,
      }).addTo(map);
    }
    // One canvas for all the outlines: far cheaper than an SVG path per state. GeoJSON passes its options on to
    // each path, which is where Leaflet reads `renderer`; its types don't say so.
    const outlineOptions: L.GeoJSONOptions & L.PathOptions = {
      renderer: L.canvas({ padding: 0.5 }),
      interactive: false,
      style: {
        color: cssColor('--color-muted'),
        weight: 0.8,
        fillColor: cssColor('--color-surface'),
        fillOpacity: tiles && tiles !== 'none' ? 0 : 1,
      },
    };
    L.geoJSON(outlines, outlineOptions).addTo(map);

    for (const campaign of campaigns) this.place(campaign);

    const cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 44,
      spiderfyOnMaxZoom: true,
      animate: motion,
      iconCreateFunction: (group) => this.clusterIcon(group.getChildCount()),
    });
    this.cluster = cluster;
    map.addLayer(cluster);

    this.filters = filtersFromSearch(location.search);
    this.writeFormFrom(this.filters);
    openFiltersWhenUseful(this.form?.closest('details') ?? null, Object.keys(this.filters).length > 0);
    this.form?.addEventListener('input', () => this.onFormChange());
    this.form?.addEventListener('change', () => this.onFormChange());
    this.form?.addEventListener('reset', () => setTimeout(() => this.onFormChange()));
    this.form?.addEventListener('submit', (event) => event.preventDefault());
    this.list?.addEventListener('click', (event) => this.onListClick(event));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-region]'))
      button.addEventListener('click', () => this.showRegion(button.dataset.region!));
    map.on('moveend', () => this.updateList());
    map.on('moveend zoomend', () => this.keepTabOrderInView());
    cluster.on('animationend spiderfied unspiderfied', () => this.keepTabOrderInView());
    this.addEventListener('campaign-map:locate', (event) =>
      this.showPoint((event as CustomEvent<LocateDetail>).detail),
    );

    await this.showMatching(true);
    const focus = new URLSearchParams(location.search).get('campaign');
    if (focus && this.placed.has(focus)) this.showCampaign(focus, false);
    this.dataset.state = 'ready';
    performance.mark('campaign-map:markers');
  }

  /** One icon per status, shared by every marker with that status; each marker gets its own label when drawn. */
  private icons = new Map<Status, L.DivIcon>();

  private iconFor(status: Status): L.DivIcon {
    let icon = this.icons.get(status);
    if (!icon) {
      icon = L.divIcon({
        className: 'map-marker status-mark',
        html: `<svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">${STATUS_SHAPES[status]}</svg>`,
        iconSize: [24, 24],
        iconAnchor: [12, 12],
      });
      this.icons.set(status, icon);
    }
    return icon;
  }

  /**
   * Makes a campaign's marker. Markers stay light (a shared icon, no popup of their own) because there may be
   * ten thousand; the label naming the campaign, place and status is set when the marker is drawn.
   */
  private place(campaign: MapCampaign) {
    const latLng = L.latLng(campaign.lat, usLongitude(campaign.lng));
    const marker = L.marker(latLng, { keyboard: true, riseOnHover: true, icon: this.iconFor(campaign.status) });
    const text = foldText([campaign.title, campaign.place, ...campaign.companies].join(' '));
    const entry: Placed = { campaign, marker, latLng, filterable: { ...campaign, text } };
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      const status = this.labels.statuses[campaign.status] ?? campaign.status;
      element.setAttribute(
        'aria-label',
        this.text.fill(this.labels.marker, { title: campaign.title, place: campaign.place, status }),
      );
      element.dataset.status = campaign.status;
    });
    marker.on('click', () => this.openPopup(entry));
    // Leaflet turns Enter on a marker into a click only for markers with their own popup; these share one.
    marker.on('keypress', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === 'Enter' || key === ' ') this.openPopup(entry);
    });
    this.placed.set(campaign.id, entry);
  }

  /** The one popup, moved to whichever campaign was chosen. */
  private shared?: L.Popup;
  private popupOwner?: Placed;

  private openPopup(entry: Placed) {
    this.popupOwner = entry;
    this.shared ??= L.popup({ closeButton: true, autoPanPadding: [24, 24], offset: [0, -8] });
    this.shared.setLatLng(entry.latLng).setContent(this.popup(entry.campaign)).openOn(this.map!);
  }

  private watchPopups(map: L.Map) {
    map.on('popupopen', (event) => {
      const popup = event.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.labels.closePopup);
      // Leaflet closes popups on Escape only while the map itself has focus; inside the popup, do it here.
      popup?.addEventListener('keydown', (key) => {
        if (key.key === 'Escape') map.closePopup();
      });
      if (this.keyboardUser) popup?.querySelector<HTMLElement>('a')?.focus();
    });
    map.on('popupclose', () => {
      if (this.keyboardUser) this.popupOwner?.marker.getElement()?.focus();
    });
  }

  private clusterIcon(count: number): L.DivIcon {
    const label = this.text.plural(this.labels.cluster, count);
    const size = count < 10 ? 32 : count < 100 ? 38 : 46;
    return new LabelledIcon({
      label,
      className: 'map-cluster',
      html: `<span aria-hidden="true" data-count="${count}">${count}</span>`,
      iconSize: [size, size],
    });
  }

  private popup(campaign: MapCampaign): HTMLElement {
    const box = document.createElement('div');
    box.className = 'map-popup';
    box.dir = document.documentElement.dir;
    const title = document.createElement('a');
    title.href = `${this.dataset.pages ?? '/'}campaigns/${campaign.id}/`;
    title.textContent = campaign.title;
    title.className = 'map-popup-title';
    const place = document.createElement('p');
    place.textContent = campaign.place;
    // Titles and places are in English whatever the page's language.
    if (this.text.lang !== 'en') for (const english of [title, place]) english.lang = 'en';
    const status = document.createElement('p');
    status.className = 'map-popup-status';
    // The map data's statuses are indexes into the site's own list, so the shape's markup is the site's too.
    status.innerHTML = `<svg class="status-mark" data-status="${campaign.status}" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${STATUS_SHAPES[campaign.status]}</svg>`;
    status.append(` ${this.labels.statuses[campaign.status] ?? campaign.status}`);
    const issues = document.createElement('p');
    issues.textContent = campaign.issues.map((issue) => this.labels.issues[issue] ?? issue).join(' · ');
    box.append(title, place, status, issues);
    return box;
  }

  /** The filters as the form shows them. */
  private readForm(): Filters {
    const filters: Filters = {};
    if (!this.form) return filters;
    for (const [key, value] of new FormData(this.form))
      if (typeof value === 'string' && value.trim()) filters[key as keyof Filters] = value.trim();
    return filters;
  }

  private writeFormFrom(filters: Filters) {
    if (!this.form) return;
    for (const [key, value] of Object.entries(filters)) {
      const field = this.form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement) field.value = value;
    }
  }

  private onFormChange() {
    this.filters = this.readForm();
    history.replaceState(null, '', `${location.pathname}${filtersToSearch(this.filters)}${location.hash}`);
    void this.showMatching(false);
  }

  /** Puts the markers that match the filters on the map, in one bulk operation, and updates the list. */
  private async showMatching(fitToResult: boolean) {
    const cluster = this.cluster!;
    const matching = [...this.placed.values()].filter((entry) => matches(entry.filterable, this.filters));
    this.matching = matching;
    cluster.clearLayers();
    await new Promise<void>((resolve) => {
      if (matching.length === 0) return resolve();
      // With chunked loading, addLayers returns at once and reports progress until every marker is in.
      (cluster.options as { chunkProgress?: (done: number, total: number) => void }).chunkProgress = (done, total) => {
        if (done === total) resolve();
      };
      cluster.addLayers(matching.map((entry) => entry.marker));
    });
    this.dataset.shown = String(matching.length);
    this.listLimit = LIST_PAGE;
    const filtered = Object.keys(this.filters).length > 0;
    if (fitToResult) {
      if (filtered && matching.length)
        this.map!.fitBounds(L.latLngBounds(matching.map((entry) => entry.latLng)).pad(0.15), { maxZoom: 9 });
      else this.showRegion('lower48');
    }
    this.updateList();
    this.keepTabOrderInView();
  }

  /**
   * Leaves out of the Tab order every marker and cluster drawn outside the map's frame (Alaska while the map shows
   * the lower 48, say): Leaflet keeps them in the page, where a keyboard user would land on something unseen.
   */
  private keepTabOrderInView() {
    cancelAnimationFrame(this.tabOrderFrame);
    this.tabOrderFrame = requestAnimationFrame(() => {
      const frame = this.map!.getContainer().getBoundingClientRect();
      for (const icon of this.map!.getPane('markerPane')!.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
        const box = icon.getBoundingClientRect();
        const inside =
          box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
        icon.tabIndex = inside ? 0 : -1;
      }
    });
  }

  private tabOrderFrame = 0;

  /** Lists the matching campaigns inside the map's view, a page at a time, and says how many there are. */
  private updateList() {
    if (!this.map) return;
    const bounds = this.map.getBounds();
    const visible = this.matching.filter((entry) => bounds.contains(entry.latLng));
    if (this.list) {
      const shown = visible.slice(0, this.listLimit);
      const ids = shown.map((entry) => entry.campaign.id).join(' ');
      // The map moves often (every pan and zoom); a list that hasn't changed keeps its elements, so someone tabbing
      // through it doesn't lose their place.
      if (ids !== this.listed) {
        this.listed = ids;
        const focused = this.list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
        const items = document.createDocumentFragment();
        for (const entry of shown) items.append(this.listItem(entry));
        this.list.replaceChildren(items);
        const campaign = focused?.closest('li')?.dataset.campaign;
        if (focused && campaign) {
          const same = this.list.querySelector<HTMLElement>(
            `li[data-campaign="${CSS.escape(campaign)}"] ${focused.localName}`,
          );
          (same ?? this.list).focus();
        }
      }
    }
    const more = document.querySelector<HTMLButtonElement>('[data-list-more]');
    if (more) {
      const rest = Math.min(LIST_PAGE, visible.length - this.listLimit);
      more.hidden = rest <= 0;
      more.textContent = this.text.plural(this.labels.more, rest);
      more.onclick = () => {
        this.listLimit += LIST_PAGE;
        this.updateList();
      };
    }
    this.dataset.inView = String(visible.length);
    if (this.statusLine) {
      const matching = this.matching.length;
      this.statusLine.textContent = matching
        ? this.text.plural(this.labels.count, matching, { inView: visible.length })
        : this.labels.none;
    }
  }

  private listItem({ campaign }: Placed): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.campaign = campaign.id;
    const status = this.labels.statuses[campaign.status] ?? campaign.status;
    item.append(statusMark(campaign.status, 16));
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `${status}:`;
    const link = document.createElement('a');
    link.href = `${this.dataset.pages ?? '/'}campaigns/${campaign.id}/`;
    link.textContent = campaign.title;
    const place = document.createElement('span');
    place.className = 'muted';
    place.textContent = campaign.place;
    if (this.text.lang !== 'en') for (const english of [link, place]) english.lang = 'en';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.showOnMap = campaign.id;
    button.textContent = this.labels.showOnMap;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = `: ${campaign.title}`;
    button.append(name);
    item.append(hidden, ' ', link, ' ', place, button);
    return item;
  }

  private showRegion(region: string) {
    if (!this.map) return;
    if (region === 'all') {
      const shown = this.cluster!.getLayers() as L.Marker[];
      if (shown.length) this.map.fitBounds(L.latLngBounds(shown.map((marker) => marker.getLatLng())).pad(0.1));
      return;
    }
    const bounds = REGIONS[region];
    if (bounds) this.map.fitBounds(bounds);
  }

  /** Zooms to a campaign, opens its popup, and moves focus to the marker when asked. */
  showCampaign(id: string, focus: boolean) {
    const entry = this.placed.get(id);
    if (!entry || !this.cluster) return;
    if (!this.cluster.hasLayer(entry.marker)) {
      this.form?.reset();
      this.filters = {};
      void this.showMatching(false);
    }
    this.cluster.zoomToShowLayer(entry.marker, () => {
      this.openPopup(entry);
      if (focus) entry.marker.getElement()?.focus();
    });
  }

  /**
   * Shows where someone searched, with a pin, and the campaigns the near-me finder listed, all in view: a close-up
   * of the point alone would often show no campaign at all.
   */
  private here?: L.CircleMarker;
  private showPoint({ point, around }: LocateDetail) {
    if (!this.map) return;
    const toLatLng = ([lat, lng]: [number, number]) => L.latLng(lat, usLongitude(lng));
    this.here?.remove();
    this.here = L.circleMarker(toLatLng(point), {
      radius: 8,
      color: cssColor('--color-focus'),
      weight: 3,
      fillOpacity: 0.2,
      interactive: false,
    }).addTo(this.map);
    this.map.fitBounds(L.latLngBounds([point, ...around].map(toLatLng)), { padding: [24, 24], maxZoom: 10 });
  }

  private onListClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-show-on-map]');
    if (!button) return;
    this.scrollIntoView({ block: 'nearest' });
    this.showCampaign(button.dataset.showOnMap!, true);
  }

  /**
   * On touch screens one finger scrolls the page, never the map; two fingers move and zoom it. With a mouse, the
   * wheel zooms only after the map is clicked or focused.
   */
  private keepPageScrollable(map: L.Map, container: HTMLElement) {
    map.on('focus click', () => map.scrollWheelZoom.enable());
    map.on('blur mouseout', () => map.scrollWheelZoom.disable());
    if (!L.Browser.mobile) return;
    map.dragging.disable();
    const hint = this.querySelector<HTMLElement>('[data-map-hint]');
    container.addEventListener(
      'touchstart',
      (event) => {
        if (event.touches.length >= 2) map.dragging.enable();
      },
      { passive: true },
    );
    container.addEventListener(
      'touchmove',
      (event) => {
        if (event.touches.length === 1 && hint) {
          hint.textContent = this.labels.twoFingers;
          hint.hidden = false;
          clearTimeout(Number(hint.dataset.timer));
          hint.dataset.timer = String(setTimeout(() => (hint.hidden = true), 1500));
        }
      },
      { passive: true },
    );
    container.addEventListener('touchend', (event) => {
      if (event.touches.length === 0) map.dragging.disable();
    });
  }
}
