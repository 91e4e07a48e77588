/**
 * The one popup of `<campaign-map>`, moved to whichever campaign a reader chooses (ten thousand markers can't each
 * carry their own). For keyboard users it takes focus when it opens and gives it back to the marker when it
 * closes, and Escape closes it from inside.
 */
import L from 'leaflet';
import { pageText } from '../../i18n/browser-text.ts';
import type { MapCampaign } from '../../lib/map-data.ts';
import { STATUS_SHAPES } from '../../lib/status-shapes.ts';

export interface PopupLabels {
  statuses: Record<string, string>;
  issues: Record<string, string>;
  closePopup: string;
}

/** Set by the last kind of input, so popups move focus only for people using a keyboard. */
let keyboardUser = false;
addEventListener('keydown', () => (keyboardUser = true), true);
addEventListener('pointerdown', () => (keyboardUser = false), true);

export class CampaignPopup {
  private popup?: L.Popup;
  /** The marker the popup belongs to, which gets focus back when it closes. */
  private owner?: L.Marker;
  private text = pageText();
  private map: L.Map;
  private labels: PopupLabels;
  private pages: string;

  /** `pages` is where the campaign pages are, for the popup's link. */
  constructor(map: L.Map, labels: PopupLabels, pages: string) {
    this.map = map;
    this.labels = labels;
    this.pages = pages;
    map.on('popupopen', (event) => {
      const popup = event.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', labels.closePopup);
      // Leaflet closes popups on Escape only while the map itself has focus; inside the popup, do it here.
      popup?.addEventListener('keydown', (key) => {
        if (key.key === 'Escape') map.closePopup();
      });
      if (keyboardUser) popup?.querySelector<HTMLElement>('a')?.focus();
    });
    map.on('popupclose', () => {
      if (keyboardUser) this.owner?.getElement()?.focus();
    });
  }

  open(campaign: MapCampaign, marker: L.Marker) {
    this.owner = marker;
    this.popup ??= L.popup({ closeButton: true, autoPanPadding: [24, 24], offset: [0, -8] });
    this.popup.setLatLng(marker.getLatLng()).setContent(this.content(campaign)).openOn(this.map);
  }

  private content(campaign: MapCampaign): HTMLElement {
    const box = document.createElement('div');
    box.className = 'map-popup';
    box.dir = document.documentElement.dir;
    const title = document.createElement('a');
    title.href = `${this.pages}campaigns/${campaign.id}/`;
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
}
