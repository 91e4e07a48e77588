/**
 * The search index that `npm run build` makes (src/integrations/search-index.ts): each language's bundle has a
 * record for every campaign page in that language and none in another, and the words of each hold its place as a
 * reader would type it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, localizePath, type Locale } from '../../src/i18n/locales.ts';
import { pageLocale, searchBundle } from '../../src/lib/search-bundles.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');

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

/** Every record in a language's bundle. */
const records = (locale: Locale) => {
  const bundle = join(dist, searchBundle(locale));
  return readdirSync(join(bundle, 'fragment')).map((name) => fragment(bundle, name));
};

describe('the search index', () => {
  it('holds a record for every campaign page of a language in that language’s bundle, and no other page', () => {
    for (const locale of LOCALE_CODES) {
      const urls = records(locale).map(({ url }) => url);
      const folder = join(dist, localizePath('/campaigns/', locale));
      const pages = readdirSync(folder)
        .filter((name) => name !== 'table' && existsSync(join(folder, name, 'index.html')))
        .map((name) => localizePath(`/campaigns/${name}/`, locale));
      expect(pages.length).toBeGreaterThan(10);
      expect(urls.filter((url) => pages.includes(url)).sort()).toEqual(pages.sort());
      expect(urls.filter((url) => pageLocale(url) !== locale)).toEqual([]);
    }
  });

  it('keeps the labels of fact lists out of the words, so places are found', () => {
    const campaigns = records('en').filter((record) => /^\/campaigns\/[^/]+\/$/.test(record.url));
    expect(campaigns.length).toBeGreaterThan(10);
    for (const { url, content, meta } of campaigns) {
      expect(content, url).toContain(meta.place);
      expect(content, url).not.toContain(`Place${meta.place}`);
    }
  });
});
