/**
 * The search index, made from the parts of pages Astro kept for it (src/integrations/search-index.ts), is exactly
 * the index Pagefind's command line makes when it reads the whole finished site from disk: the same files, byte
 * for byte, so the same pages with the same words, filters and metadata.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  it('is the index Pagefind makes from the whole site, byte for byte', () => {
    const files = (folder: string) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
        .sort();
    const names = files(built);
    expect(names.filter((name) => name.startsWith('fragment/')).length).toBeGreaterThan(100);
    expect(files(fromDisk)).toEqual(names);
    const differ = names.filter((name) => !readFileSync(join(built, name)).equals(readFileSync(join(fromDisk, name))));
    expect(differ).toEqual([]);
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
