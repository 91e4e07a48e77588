/**
 * The directory as open data. Every export uses the slug as the stable id, keeps dates at the precision they were
 * written, and carries every source.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Campaign } from '../schemas/campaign.ts';
import type { Entry, PlacedCampaign } from './directory.ts';

/** A campaign's public fields, as exported: everything in its front-matter plus where the map puts it. */
export function campaignRecord(campaign: PlacedCampaign<Entry<Campaign>>, url: string) {
  const { data } = campaign;
  return {
    id: campaign.id,
    url,
    title: data.title,
    summary: data.summary,
    place: campaign.place,
    city: data.city ?? null,
    county: data.county ?? null,
    state: data.state,
    level: data.level,
    issues: data.issues,
    status: data.status,
    targets: data.targets,
    coalition: data.coalition ?? null,
    companies: data.companies,
    started: data.started ?? null,
    decided: data.decided ?? null,
    vote: data.vote ?? null,
    website: data.website ?? null,
    contact: data.contact ?? null,
    caveat: data.caveat ?? null,
    coordinates: { lat: campaign.coordinates[0], lng: campaign.coordinates[1], source: campaign.placeSource },
    sources: data.sources,
    updated: data.updated,
  };
}

export function campaignFeatures(
  campaigns: readonly PlacedCampaign<Entry<Campaign>>[],
  urlOf: (id: string) => string,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: campaigns.map((campaign): Feature<Point> => {
      const { coordinates, ...properties } = campaignRecord(campaign, urlOf(campaign.id));
      return {
        type: 'Feature',
        id: campaign.id,
        geometry: { type: 'Point', coordinates: [coordinates.lng, coordinates.lat] },
        properties: { ...properties, placeSource: coordinates.source },
      };
    }),
  };
}
