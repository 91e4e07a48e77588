import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles } from '../../src/lib/sitemap.ts';

const urlOf = (file: string) => `https://example.org/${file}`;

describe('sitemapFiles', () => {
  it('lists each address once, sorted, and an index naming the file', () => {
    const files = sitemapFiles(['https://example.org/b/', 'https://example.org/', 'https://example.org/b/'], urlOf);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(files.get('sitemap-0.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<url><loc>https://example.org/</loc></url><url><loc>https://example.org/b/</loc></url></urlset>\n',
    );
    expect(files.get(SITEMAP_INDEX)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>\n',
    );
  });

  it('starts a new file when one is full, and the index names them all', () => {
    const files = sitemapFiles(
      ['https://example.org/a/', 'https://example.org/b/', 'https://example.org/c/'],
      urlOf,
      2,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', SITEMAP_INDEX]);
    expect(files.get('sitemap-1.xml')).toContain('<loc>https://example.org/c/</loc></url></urlset>');
    expect(files.get('sitemap-1.xml')).not.toContain('/b/');
    expect(files.get(SITEMAP_INDEX)).toContain('<loc>https://example.org/sitemap-1.xml</loc>');
  });

  it('escapes what XML does not allow in an address', () => {
    const files = sitemapFiles(["https://example.org/?a=1&b='2'"], urlOf);
    expect(files.get('sitemap-0.xml')).toContain('<loc>https://example.org/?a=1&amp;b=&apos;2&apos;</loc>');
  });

  it('still writes an empty file and the index for a site without pages', () => {
    expect([...sitemapFiles([], urlOf).keys()]).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
  });
});
