/**
 * The map's campaign data, packed small: one array per campaign instead of an object, with issues as a bit mask
 * and statuses, states and companies as indexes into shared lists. About 90 bytes a campaign before gzip (most of
 * it the title), so 10,000 campaigns load in one small request. The build encodes; the browser decodes.
 */
import type { Campaign } from '../schemas/campaign.ts';
import { ISSUES, LEVELS, STATUSES, type Issue, type Level, type StateCode, type Status } from '../schemas/constants.ts';
import type { PlacedCampaign } from './site-content.ts';
import type { Entry } from './types.ts';

/** What the map shows of a campaign: some of its own fields, and and where and what joinContent works out. */
export type MapCampaign = Pick<Campaign, 'title' | 'status' | 'level' | 'issues' | 'state'> & {
  /** The campaign's slug. */
  id: string;
  /** "Durham, NC", as placeName writes it. */
  place: string;
  lat: number;
  lng: number;
  /** Ids of the companies it names, each one a disputed item could be included. */
  companies: string[];
};

/** A placed campaign as the map shows it. */
export function mapCampaign({
  id,
  data: { title, status, level, issues, state },
  place,
  coordinates: [lat, lng],
  companyIds,
}: PlacedCampaign<Entry<Campaign>>): MapCampaign {
  return { id, title, place, lat, lng, status, level, issues, state, companies: companyIds };
}

/** [id, title, place, lat×100, lng×100, status index, issue bit mask, state, company indexes, level index] */
type Row = [string, string, string, number, number, number, number, StateCode, number[], number];

export interface MapData {
  /** The format, so an old cached file is never misread. */
  version: 2;
  statuses: readonly Status[];
  levels: readonly Level[];
  issues: readonly Issue[];
  companies: string[];
  campaigns: Row[];
}

export function encodeMapData(campaigns: readonly MapCampaign[]): MapData {
  const companies = [...new Set(campaigns.flatMap((campaign) => campaign.companies))].sort();
  const companyIndex = new Map(companies.map((company, index) => [company, index]));
  return {
    version: 2,
    statuses: STATUSES,
    levels: LEVELS,
    issues: ISSUES,
    companies,
    campaigns: campaigns.map((campaign) => [
      campaign.id,
      campaign.title,
      campaign.place,
      Math.round(campaign.lat * 100),
      Math.round(campaign.lng * 100),
      STATUSES.indexOf(campaign.status),
      campaign.issues.reduce((mask, issue) => mask | (1 << ISSUES.indexOf(issue)), 0),
      campaign.state,
      campaign.companies.map((company) => companyIndex.get(company)!),
      LEVELS.indexOf(campaign.level),
    ]),
  };
}

export function decodeMapData(data: MapData): MapCampaign[] {
  if (data.version !== 2) throw new Error(`Unknown map data version ${String(data.version)}`);
  return data.campaigns.map(([id, title, place, lat, lng, status, issueMask, state, companies, level]) => ({
    id,
    title,
    place,
    lat: lat / 100,
    lng: lng / 100,
    status: data.statuses[status]!,
    level: data.levels[level]!,
    issues: data.issues.filter((_, index) => issueMask & (1 << index)),
    state,
    companies: companies.map((index) => data.companies[index]!),
  }));
}

/** A JSON file of the site; an HTTP error fails here, rather than as a parse error of the error page. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The map's campaigns, from `/map/campaigns.json` (src/pages/map/campaigns.json.ts), decoded. */
export async function fetchMapCampaigns(url: string): Promise<MapCampaign[]> {
  return decodeMapData(await fetchJson<MapData>(url));
}
