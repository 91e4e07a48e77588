/**
 * The search index, made from the parts of pages Astro kept for it (src/integrations/search-index.ts), is exactly
 * the index Pagefind's command line makes when it reads the whole finished site from disk: the same files, byte
 * for byte, so the same pages with the same words, filters and metadata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../scripts/lib/project.ts';
import { indexSearchPages } from '../../src/integrations/search-index.ts';
import { filesUnder as files } from '../helpers/files.ts';
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
  // The build's own run of Pagefind, over the whole of dist/ rather than the parts kept for it.
  const run = indexSearchPages(dist, fromDisk);
  if (!run.ok) throw new Error(run.message);
});

describe('the search index', () => {
  it('is the index Pagefind makes from the whole site, byte for byte', () => {
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
