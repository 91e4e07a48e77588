/**
 * The search index built beside Astro (src/integrations/search-index.ts), from pages cut down to what Pagefind
 * reads, holds exactly what Pagefind's own command line finds when it reads the finished site from disk: the same
 * pages, with the same words, filters and metadata.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../scripts/lib/project.ts';
import { SEARCH_EXCLUDED } from '../../src/integrations/search-index.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const built = join(dist, 'pagefind');
let fromDisk: string;

/** A fragment is one page's record: its address, words, filters and metadata, gzipped behind a signature. */
const fragment = (folder: string, name: string) =>
  JSON.parse(
    gunzipSync(readFileSync(join(folder, 'fragment', name)))
      .subarray('pagefind_dcd'.length)
      .toString(),
  ) as {
    url: string;
    content: string;
    meta: Record<string, string>;
  };

beforeAll(() => {
  fromDisk = join(tempDir('c4p-pagefind-'), 'pagefind');
  const cli = join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  const args = ['--site', dist, '--output-path', fromDisk, '--exclude-selectors', SEARCH_EXCLUDED.join(', ')];
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Pagefind's command line failed:\n${run.stdout}\n${run.stderr}`);
});

describe('the search index', () => {
  it('has the same record for every page as Pagefind reading the whole site', () => {
    const names = readdirSync(join(built, 'fragment')).sort();
    expect(names.length).toBeGreaterThan(100);
    expect(names).toEqual(readdirSync(join(fromDisk, 'fragment')).sort());
  });

  it('counts the same pages in every language', () => {
    const languages = (folder: string) =>
      (
        JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages;
    const counts = (folder: string) =>
      Object.fromEntries(Object.entries(languages(folder)).map(([code, { page_count }]) => [code, page_count]));
    expect(counts(built)).toEqual(counts(fromDisk));
  });

  it('keeps the labels of fact lists out of the words, so places are found', () => {
    const campaigns = readdirSync(join(built, 'fragment'))
      .map((name) => fragment(built, name))
      .filter((record) => /^\/campaigns\/[^/]+\/$/.test(record.url));
    expect(campaigns.length).toBeGreaterThan(10);
    for (const { url, content, meta } of campaigns) {
      expect(content, url).toContain(meta.place);
      expect(content, url).not.toContain(`Place${meta.place}`);
    }
  });
});
