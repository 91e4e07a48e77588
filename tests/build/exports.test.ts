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
    expect(JSON.parse(readFileSync(join(dist, 'map/places/zip-27.json'), 'utf8'))['27701']).toEqual(expect.any(Array));
    const cities = JSON.parse(readFileSync(join(dist, 'map/places/city-du.json'), 'utf8'));
    expect(cities).toContainEqual(['Durham', 'NC', expect.any(Number), expect.any(Number)]);
  });
});

/**
 * The front-matter as an editor sees it in the file: YAML readers turn `2024-01-09` into a date, and a JSON Schema
 * describes the text as written.
 */
function asWritten(data: unknown): unknown {
  return JSON.parse(
    JSON.stringify(data, function (this: Record<string, unknown>, key, value: unknown) {
      const original = this[key];
      return original instanceof Date ? original.toISOString().slice(0, 10) : value;
    }),
  );
}

describe('/schemas/*.json', () => {
  it('are JSON Schemas that every real content file passes, and that catch a broken one', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const entries = readContentFiles(PROJECT_ROOT).entries;
    const byName = { campaign: 'campaigns', win: 'wins', toolkit: 'toolkits', company: 'companies' } as const;
    for (const [name, collection] of Object.entries(byName)) {
      const schema = JSON.parse(readFileSync(join(dist, `schemas/${name}.json`), 'utf8'));
      expect(schema.$id).toMatch(new RegExp(`/schemas/${name}\\.json$`));
      const validate = ajv.compile(schema);
      const files = entries.filter((entry) => entry.collection === collection);
      expect(files.length).toBeGreaterThan(0);
      for (const entry of files)
        expect(validate(asWritten(entry.data)), `${entry.file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const campaign = ajv.getSchema(JSON.parse(readFileSync(join(dist, 'schemas/campaign.json'), 'utf8')).$id)!;
    expect(
      campaign({
        title: 'T',
        summary: 'S',
        state: 'XX',
        issues: [],
        status: 'won',
        targets: ['B'],
        updated: '29/11/2026',
      }),
    ).toBe(false);
    expect(ajv.errorsText(campaign.errors)).toMatch(/state|issues|updated/);
  });
});
