/**
 * Every campaign as a GeoJSON Feature (RFC 7946: a FeatureCollection, coordinates in longitude, latitude order),
 * with its slug as the id and its public fields as properties.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory.ts';
import { campaignFeatures } from '../../lib/exports.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getDirectory();
  const collection = campaignFeatures(campaigns, (id) => absoluteUrl(`/campaigns/${id}/`));
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json' } });
};
