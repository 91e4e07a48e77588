/**
 * The list beside `<campaign-map>`, its text alternative: the matching campaigns inside the map's view, a page at a
 * time, each made from the `<template data-list-item>` in MapList.astro, and a status line saying how many there
 * are. A "Show on map" button in an item hands its campaign back to the map.
 */
import { pageText, type PluralForms } from '../../i18n/browser-text.ts';
import type { MapCampaign } from '../../lib/map-data.ts';
import { inSlices } from '../common/main-thread.ts';

export interface ListLabels {
  statuses: Record<string, string>;
  /** Plural forms with `{count}` (campaigns matching) and `{inView}`. */
  count: PluralForms;
  none: string;
  /** Plural forms with `{count}`. */
  more: PluralForms;
}

/** Campaigns the list shows at a time. */
const LIST_PAGE = 100;

export class CampaignList {
  private list: HTMLElement | null;
  private statusLine: HTMLElement | null;
  private labels: ListLabels;
  private pages: string;
  private text = pageText();
  private template = document.querySelector<HTMLTemplateElement>('template[data-list-item]');
  private more = document.querySelector<HTMLButtonElement>('[data-list-more]');
  private visible: MapCampaign[] = [];
  private matching = 0;
  /** How many of the campaigns in view the list shows; "Show more" raises it. */
  private limit = LIST_PAGE;
  /** The ids the list shows now, to leave it alone when a move of the map doesn't change it. */
  private listed = '';
  /** Counts the lists begun, so that one finished after a newer one began is dropped. */
  private renderings = 0;

  /** `pages` is where the campaign pages are; `showOnMap` is called with a campaign's id. */
  constructor(
    list: HTMLElement | null,
    statusLine: HTMLElement | null,
    labels: ListLabels,
    pages: string,
    showOnMap: (id: string) => void,
  ) {
    this.list = list;
    this.statusLine = statusLine;
    this.labels = labels;
    this.pages = pages;
    list?.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-show-on-map]');
      if (button) showOnMap(button.dataset.showOnMap!);
    });
    if (this.more)
      this.more.onclick = () => {
        this.limit += LIST_PAGE;
        void this.render();
      };
  }

  /** Starts again from the first page, for a new set of matching campaigns. */
  firstPage() {
    this.limit = LIST_PAGE;
  }

  /** Lists `visible` (the matching campaigns in view) out of `matching` in all. */
  show(visible: MapCampaign[], matching: number): Promise<void> {
    this.visible = visible;
    this.matching = matching;
    return this.render();
  }

  private async render() {
    const { list, visible } = this;
    const rendering = ++this.renderings;
    if (list && this.template) {
      const shown = visible.slice(0, this.limit);
      const ids = shown.map((campaign) => campaign.id).join(' ');
      // The map moves often (every pan and zoom); a list that hasn't changed keeps its elements, so someone tabbing
      // through it doesn't lose their place.
      if (ids !== this.listed) {
        // Built a slice at a time, and put in at once; a newer list (the map moved again meanwhile) wins.
        const items = document.createDocumentFragment();
        await inSlices(shown, (campaign) => items.append(this.item(campaign, this.template!)));
        if (rendering !== this.renderings) return;
        this.listed = ids;
        const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
        list.replaceChildren(items);
        const campaign = focused?.closest('li')?.dataset.campaign;
        if (focused && campaign) {
          const same = list.querySelector<HTMLElement>(
            `li[data-campaign="${CSS.escape(campaign)}"] ${focused.localName}`,
          );
          (same ?? list).focus();
        }
      }
    }
    if (this.more) {
      const rest = Math.min(LIST_PAGE, visible.length - this.limit);
      this.more.hidden = rest <= 0;
      this.more.textContent = this.text.plural(this.labels.more, rest);
    }
    if (this.statusLine) {
      this.statusLine.textContent = this.matching
        ? this.text.plural(this.labels.count, this.matching, { inView: visible.length })
        : this.labels.none;
    }
  }

  /** The template's item filled in: status mark and words, link, place, and the "Show on map" button. */
  private item(campaign: MapCampaign, template: HTMLTemplateElement): HTMLLIElement {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    item.dataset.campaign = campaign.id;
    item.querySelector('svg')!.setAttribute('data-status', campaign.status);
    item.querySelector('use')!.setAttribute('href', `#status-${campaign.status}`);
    const status = this.labels.statuses[campaign.status] ?? campaign.status;
    item.querySelector(':scope > .visually-hidden')!.textContent = `${status}:`;
    const link = item.querySelector('a')!;
    link.href = `${this.pages}campaigns/${campaign.id}/`;
    link.textContent = campaign.title;
    item.querySelector(':scope > .muted')!.textContent = campaign.place;
    const button = item.querySelector('button')!;
    button.dataset.showOnMap = campaign.id;
    button.querySelector('.visually-hidden')!.textContent = `: ${campaign.title}`;
    return item;
  }
}
