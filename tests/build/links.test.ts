/**
 * The built site's links: nothing broken, nothing outside the base path, and nothing that tells other sites
 * where their readers came from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { checkLinks, leakyExternalLinks } from '../helpers/links.ts';

const dist = join(PROJECT_ROOT, 'dist');

describe('links in the built site', () => {
  it('all lead somewhere: pages, assets, #anchors, feeds and the sitemap', () => {
    const { pages, checked, problems } = checkLinks(dist, { site: site.url, base: '/' });
    expect(pages).toBeGreaterThan(150);
    expect(checked).toBeGreaterThan(pages * 10);
    expect(problems).toEqual([]);
  });

  it('to other sites carry rel="noopener noreferrer"', () => {
    expect(leakyExternalLinks(dist, site.url)).toEqual([]);
  });
});
