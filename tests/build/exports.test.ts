/**
 * The data files the site publishes, read from the built dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const campaignSlugs = readContentFiles(PROJECT_ROOT)
  .entries.filter((entry) => entry.collection === 'campaigns')
  .map((entry) => entry.slug)
  .sort();

describe('/data/campaigns.geojson', () => {
  const geojson = JSON.parse(readFileSync(join(dist, 'data/campaigns.geojson'), 'utf8'));

  it('is a FeatureCollection with one Point feature per campaign, its slug as the id', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature: { id: string }) => feature.id).sort()).toEqual(campaignSlugs);
    for (const feature of geojson.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(Object.keys(feature.properties)).toEqual(
        expect.arrayContaining(['title', 'status', 'issues', 'state', 'sources', 'url']),
      );
    }
  });

  it('puts longitude first and latitude second, in range (RFC 7946)', () => {
    for (const feature of geojson.features) {
      const [lng, lat] = feature.geometry.coordinates;
      expect(feature.geometry.coordinates).toHaveLength(2);
      // Every campaign is in the US: west of Greenwich (or Guam, east of 144°E), north of American Samoa.
      expect(lng < -60 || lng > 144, feature.id).toBe(true);
      expect(lat).toBeGreaterThan(-15);
      expect(lat).toBeLessThan(72);
    }
    const durham = geojson.features.find((feature: { id: string }) => feature.id === 'durham-police-exchange');
    expect(durham.geometry.coordinates).toEqual([-78.89, 36.03]);
  });
});

describe('/map/ data', () => {
  it('has one row per campaign in the map data', () => {
    const data = JSON.parse(readFileSync(join(dist, 'map/campaigns.json'), 'utf8'));
    expect(data.campaigns.map((row: string[]) => row[0]).sort()).toEqual(campaignSlugs);
  });

  it('has a gazetteer file for the ZIP codes and city names people type', () => {
    expect(JSON.parse(readFileSync(join(dist, 'map/places/zip-277.json'), 'utf8'))['27701']).toEqual(expect.any(Array));
    const cities = JSON.parse(readFileSync(join(dist, 'map/places/city-du.json'), 'utf8'));
    expect(cities).toContainEqual(['Durham', 'NC', expect.any(Number), expect.any(Number)]);
  });
});
