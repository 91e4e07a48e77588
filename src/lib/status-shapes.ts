/**
 * The one visual language for a campaign's status: each status has a shape as well as a colour, so colour is never
 * the only cue. Badges, map markers and legends all draw from these definitions.
 *
 * Shapes are SVG markup for a 16×16 viewBox; `currentColor` takes the status colour from CSS
 * (`--status-<status>` in global.css).
 */
import type { Status } from '../schemas/constants.ts';

export const STATUS_SHAPES: Record<Status, string> = {
  // Won: a filled circle.
  won: '<circle cx="8" cy="8" r="6.5" fill="currentColor"/>',
  // Partly won: a circle, half filled.
  partial:
    '<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.5a6.5 6.5 0 0 0 0 13z" fill="currentColor"/>',
  // Active: a ring.
  active: '<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2.5"/>',
  // Lost: a square.
  lost: '<rect x="2" y="2" width="12" height="12" fill="currentColor"/>',
  // Paused: a triangle.
  paused: '<path d="M8 1.5 14.5 14h-13z" fill="currentColor"/>',
};

/** The order statuses are listed in legends and filters. */
export const STATUS_ORDER: readonly Status[] = ['won', 'partial', 'active', 'paused', 'lost'];
