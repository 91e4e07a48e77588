/**
 * The campaigns on `<campaign-map>`: a light marker for each, clustered. Markers and clusters carry accessible
 * names, Enter on a marker opens the shared popup (popup.ts) as a click does, and whatever is drawn outside the
 * map's frame leaves the Tab order.
 */
import L from 'leaflet';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { pageText, type PluralForms } from '../../i18n/browser-text.ts';
import { foldText, type matches } from '../../lib/filters.ts';
import { usLongitude } from '../../lib/geo.ts';
import type { MapCampaign } from '../../lib/map-data.ts';
import { STATUS_SHAPES } from '../../lib/status-shapes.ts';
import { SLICE_MS } from '../common/main-thread.ts';
import type { Status } from '../../schemas/constants.ts';
import { CampaignPopup, type PopupLabels } from './popup.ts';

export interface MarkerLabels extends PopupLabels {
  /** Plural forms with `{count}`. */
  cluster: PluralForms;
  marker: string;
}

export interface Placed {
  campaign: MapCampaign;
  marker: L.Marker;
  latLng: L.LatLng;
  filterable: Parameters<typeof matches>[0];
}

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

/** The cluster plugin is a UMD bundle that extends the global L, so it loads once Leaflet is there. */
export async function loadClusterPlugin() {
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
}

export class CampaignMarkers {
  readonly placed = new Map<string, Placed>();
  readonly cluster: L.MarkerClusterGroup;
  private text = pageText();
  /** One icon per status, shared by every marker with that status; each marker gets its own label when drawn. */
  private icons = new Map<Status, L.DivIcon>();
  private popup: CampaignPopup;
  private tabOrderFrame = 0;
  private map: L.Map;
  private labels: MarkerLabels;

  /** Needs loadClusterPlugin() first. `pages` is where the campaign pages are, for the popups' links. */
  constructor(map: L.Map, labels: MarkerLabels, pages: string, motion: boolean) {
    this.map = map;
    this.labels = labels;
    this.popup = new CampaignPopup(map, labels, pages);
    this.cluster = L.markerClusterGroup({
      // In short pieces rather than the plugin's 200 ms, so a phone can answer a tap while the markers go in.
      chunkedLoading: true,
      chunkInterval: SLICE_MS,
      chunkDelay: 0,
      showCoverageOnHover: false,
      maxClusterRadius: 44,
      spiderfyOnMaxZoom: true,
      animate: motion,
      iconCreateFunction: (group) => this.clusterIcon(group.getChildCount()),
    });
    map.on('moveend zoomend', () => this.keepTabOrderInView());
    this.cluster.on('animationend spiderfied unspiderfied', () => this.keepTabOrderInView());
  }

  /** Puts these campaigns' markers on the map in one bulk operation, resolving once every marker is in. */
  async show(entries: Placed[]) {
    const cluster = this.cluster;
    cluster.clearLayers();
    await new Promise<void>((resolve) => {
      if (entries.length === 0) return resolve();
      // With chunked loading, addLayers returns at once and reports progress until every marker is in.
      (cluster.options as { chunkProgress?: (done: number, total: number) => void }).chunkProgress = (done, total) => {
        if (done === total) resolve();
      };
      // Without a `layeradd` event per marker: nothing listens, and a phone would pay for each.
      cluster.addLayers(
        entries.map((entry) => entry.marker),
        true,
      );
    });
  }

  /**
   * Makes a campaign's marker. Markers stay light (a shared icon, no popup of their own) because there may be
   * ten thousand; the label naming the campaign, place and status is set when the marker is drawn.
   */
  place(campaign: MapCampaign) {
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

  openPopup({ campaign, marker }: Placed) {
    this.popup.open(campaign, marker);
  }

  /**
   * Leaves out of the Tab order every marker and cluster drawn outside the map's frame (Alaska while the map shows
   * the lower 48, say): Leaflet keeps them in the page, where a keyboard user would land on something unseen.
   */
  keepTabOrderInView() {
    cancelAnimationFrame(this.tabOrderFrame);
    this.tabOrderFrame = requestAnimationFrame(() => {
      // Each icon's box comes from where Leaflet put it and the size and offset it gave it, not from the page's
      // layout: reading a box from the page would make a phone lay out the whole page first (tens of ms).
      const frame = this.map.getSize();
      for (const icon of this.map.getPane('markerPane')!.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
        const { x, y } = this.map.layerPointToContainerPoint(L.DomUtil.getPosition(icon));
        const left = x + (parseFloat(icon.style.marginLeft) || 0);
        const top = y + (parseFloat(icon.style.marginTop) || 0);
        const right = left + (parseFloat(icon.style.width) || 0);
        const bottom = top + (parseFloat(icon.style.height) || 0);
        icon.tabIndex = left >= 0 && top >= 0 && right <= frame.x && bottom <= frame.y ? 0 : -1;
      }
    });
  }

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
}
