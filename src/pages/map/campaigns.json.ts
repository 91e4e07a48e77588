/** The map's campaign data (see src/lib/map-data.ts), written once at build time. */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site-content.ts';
import { encodeMapData, mapCampaign } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getSiteContent();
  const data = encodeMapData(campaigns.map(mapCampaign));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
