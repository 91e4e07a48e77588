/** The map's campaign data (see src/lib/map-data.ts), written once at build time. */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory.ts';
import { encodeMapData } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getDirectory();
  const data = encodeMapData(
    campaigns.map((campaign) => ({
      id: campaign.id,
      title: campaign.data.title,
      place: campaign.place,
      lat: campaign.coordinates[0],
      lng: campaign.coordinates[1],
      status: campaign.data.status,
      level: campaign.data.level,
      issues: campaign.data.issues,
      state: campaign.data.state,
      companies: campaign.companyIds,
    })),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
