/**
 * A status mark for browser code, built with DOM methods: `<svg class="status-icon status-mark" data-status="won">`
 * drawing the page's `#status-won` symbol. Only a known status gets a mark, so a value read from data or from the
 * search index can never become markup.
 */
import { STATUSES, type Status } from '../../schemas/constants.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

export function statusMark(status: Status, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'status-icon status-mark');
  svg.setAttribute('data-status', status);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const use = document.createElementNS(SVG, 'use');
  use.setAttribute('href', `#status-${status}`);
  svg.append(use);
  return svg;
}
