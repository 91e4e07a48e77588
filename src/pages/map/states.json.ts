/** The map's offline basemap: simplified state and territory outlines as GeoJSON (see src/lib/basemap.ts). */
import type { APIRoute } from 'astro';
import { stateOutlines } from '../../lib/basemap.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(stateOutlines()), { headers: { 'Content-Type': 'application/geo+json' } });
