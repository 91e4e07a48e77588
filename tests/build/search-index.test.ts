/**
 * The search index that `npm run build` makes (src/integrations/search-index.ts): every campaign has its record,
 * and the words of each hold its place as a reader would type it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const built = join(dist, 'pagefind');

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

describe('the search index', () => {
  it('holds a record for every campaign page in every language', () => {
    const records = readdirSync(join(built, 'fragment')).map((name) => fragment(built, name).url);
    for (const prefix of ['', '/es', '/ar']) {
      const folder = join(dist, prefix, 'campaigns');
      const pages = readdirSync(folder)
        .filter((name) => name !== 'table' && existsSync(join(folder, name, 'index.html')))
        .map((name) => `${prefix}/campaigns/${name}/`);
      expect(pages.length).toBeGreaterThan(10);
      expect(records.filter((url) => pages.includes(url)).sort()).toEqual(pages.sort());
    }
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
