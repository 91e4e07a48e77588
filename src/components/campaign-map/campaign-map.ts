/**
 * `<campaign-map>`: the interactive map. It reads everything from data attributes and two JSON files written at
 * build time (the campaigns and the state outlines), so the page's HTML stays the source of truth and the map
 * works offline. Leaflet and its cluster plugin load only on pages that use this element.
 *
 * What the page provides around it: a filter form (`data-form`), a list for the campaigns in view (`data-list`,
 * with its item `<template>`, see MapList.astro) and a status line (`data-status-line`). Without JavaScript, the
 * page's list of every campaign is the map. This file wires the parts: leaflet-map.ts (the map and its basemap),
 * markers.ts and popup.ts (the campaigns on it), map-list.ts (the list) and filter-sync.ts (form and address).
 * `data-phase` says where it is: `ready` once every marker is in, or `failed`.
 */
import L from 'leaflet';
import { usLongitude } from '../../lib/geo.ts';
import { matches } from '../../lib/filters.ts';
import { fetchJson, fetchMapCampaigns, type MapCampaign } from '../../lib/map-data.ts';
import type { LocateDetail } from '../../lib/near-me.ts';
import { preparePageText } from '../../i18n/browser-text.ts';
import { inSlices, yieldToMain } from '../common/main-thread.ts';
import { FilterSync } from './filter-sync.ts';
import { createMap, cssColor, drawBasemap, REGIONS, type MapControlLabels } from './leaflet-map.ts';
import { CampaignList, type ListLabels } from './map-list.ts';
import { CampaignMarkers, loadClusterPlugin, type MarkerLabels, type Placed } from './markers.ts';

export interface MapLabels extends MapControlLabels, MarkerLabels, ListLabels {
  failed: string;
}

export class CampaignMap extends HTMLElement {
  map?: L.Map;
  private markers?: CampaignMarkers;
  private list?: CampaignList;
  private filterSync?: FilterSync;
  /** The campaigns passing the filters, worked out when they change and read on every move of the map. */
  private matching: Placed[] = [];
  /** The pin showing where someone searched with the near-me finder. */
  private here?: L.CircleMarker;

  async connectedCallback() {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as MapLabels;
    try {
      const [campaigns, outlines] = await Promise.all([
        fetchMapCampaigns(this.dataset.campaigns!),
        fetchJson<GeoJSON.FeatureCollection>(this.dataset.basemap!),
      ]);
      await this.draw(campaigns, outlines, labels);
    } catch (error) {
      this.dataset.phase = 'failed';
      const message = this.querySelector('[data-map-message]');
      if (message) message.textContent = labels.failed;
      throw error;
    }
  }

  private async draw(campaigns: MapCampaign[], outlines: GeoJSON.FeatureCollection, labels: MapLabels) {
    await loadClusterPlugin();
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    const motion = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = createMap(container, { labels, motion, hint: this.querySelector<HTMLElement>('[data-map-hint]') });
    this.map = map;
    await yieldToMain();
    await preparePageText(yieldToMain);
    await yieldToMain();
    const pages = this.dataset.pages ?? '/';
    const markers = new CampaignMarkers(map, labels, pages, motion);
    this.markers = markers;
    await yieldToMain();
    await drawBasemap(map, outlines, this.dataset.tiles, this.dataset.attribution);
    await inSlices(campaigns, (campaign) => markers.place(campaign));
    map.addLayer(markers.cluster);

    const byId = (id?: string) => (id ? document.getElementById(id) : null);
    this.filterSync = new FilterSync(byId(this.dataset.form) as HTMLFormElement | null, () => {
      void this.showMatching(false);
    });
    this.list = new CampaignList(byId(this.dataset.list), byId(this.dataset.statusLine), labels, pages, (id) => {
      this.scrollIntoView({ block: 'nearest' });
      this.showCampaign(id, true);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-region]'))
      button.addEventListener('click', () => this.showRegion(button.dataset.region!));
    map.on('moveend', () => void this.updateList());
    this.addEventListener('campaign-map:locate', (event) =>
      this.showPoint((event as CustomEvent<LocateDetail>).detail),
    );

    await this.showMatching(true);
    const focus = new URLSearchParams(location.search).get('campaign');
    if (focus && markers.placed.has(focus)) this.showCampaign(focus, false);
    this.dataset.phase = 'ready';
    performance.mark('campaign-map:markers');
  }

  /**
   * Puts the markers that match the filters on the map and updates the list. On the first call, with filters from
   * the address, the map opens on what they match.
   */
  private async showMatching(first: boolean) {
    const { markers, filterSync } = this;
    const filters = filterSync!.filters;
    const matching = [...markers!.placed.values()].filter((entry) => matches(entry.filterable, filters));
    this.matching = matching;
    if (first && filterSync!.active && matching.length) {
      const bounds = L.latLngBounds(matching.map((entry) => entry.latLng)).pad(0.15);
      this.map!.fitBounds(bounds, { maxZoom: 9, animate: false });
    }
    await markers!.show(matching);
    this.dataset.shown = String(matching.length);
    this.list!.firstPage();
    await yieldToMain();
    await this.updateList();
    markers!.keepTabOrderInView();
  }

  /** Lists the matching campaigns inside the map's view and says how many there are. */
  private async updateList() {
    if (!this.map || !this.list) return;
    const bounds = this.map.getBounds();
    const visible = this.matching.filter((entry) => bounds.contains(entry.latLng));
    this.dataset.inView = String(visible.length);
    await this.list.show(
      visible.map((entry) => entry.campaign),
      this.matching.length,
    );
  }

  private showRegion(region: string) {
    if (!this.map) return;
    if (region === 'all') {
      const shown = this.markers!.cluster.getLayers() as L.Marker[];
      if (shown.length) this.map.fitBounds(L.latLngBounds(shown.map((marker) => marker.getLatLng())).pad(0.1));
      return;
    }
    const bounds = REGIONS[region];
    if (bounds) this.map.fitBounds(bounds);
  }

  /** Zooms to a campaign, opens its popup, and moves focus to the marker when asked. */
  showCampaign(id: string, focus: boolean) {
    const entry = this.markers?.placed.get(id);
    if (!entry || !this.markers) return;
    if (!this.markers.cluster.hasLayer(entry.marker)) {
      this.filterSync!.clear();
      void this.showMatching(false);
    }
    this.markers.cluster.zoomToShowLayer(entry.marker, () => {
      this.markers!.openPopup(entry);
      if (focus) entry.marker.getElement()?.focus();
    });
  }

  /**
   * Shows where someone searched, with a pin, and the campaigns the near-me finder listed, all in view: a close-up
   * of the point alone would often show no campaign at all.
   */
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
}
