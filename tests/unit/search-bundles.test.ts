import { describe, expect, it } from 'vitest';
import { inLanguageOrder, languageGlob, pageLocale, searchBundle } from '../../src/lib/search-bundles.ts';

describe('search bundles', () => {
  it('gives each language a bundle of its own', () => {
    expect(searchBundle('en')).toBe('pagefind/en/');
    expect(searchBundle('ar')).toBe('pagefind/ar/');
  });

  it('tells a page’s language from its path, and gives files none', () => {
    expect(pageLocale('/')).toBe('en');
    expect(pageLocale('/campaigns/durham-2024/')).toBe('en');
    expect(pageLocale('/es/')).toBe('es');
    expect(pageLocale('/ar/map')).toBe('ar');
    expect(pageLocale('/data/campaigns.csv')).toBeUndefined();
    expect(pageLocale('/es/wins/feed.xml')).toBeUndefined();
  });

  it('orders files first, then every page of each language in turn, keeping the order within each', () => {
    const paths = ['/es/map/', '/', '/ar/', '/robots.txt', '/es/', '/map/', '/ar/map/', '/data/wins.csv', '/about/'];
    expect(inLanguageOrder(paths.map((pathname) => ({ pathname }))).map(({ pathname }) => pathname)).toEqual([
      '/robots.txt',
      '/data/wins.csv',
      '/',
      '/map/',
      '/about/',
      '/es/map/',
      '/es/',
      '/ar/',
      '/ar/map/',
    ]);
  });

  it('finds a language’s pages in its own folder, and the default language’s everywhere else', () => {
    const top = ['_astro', 'ar', 'campaigns', 'es', 'map', 'pagefind'];
    expect(languageGlob('ar', top)).toBe('ar/**/*.html');
    expect(languageGlob('en', top)).toBe('{*.html,_astro/**/*.html,campaigns/**/*.html,map/**/*.html}');
    expect(languageGlob('en', [])).toBe('{*.html}');
  });
});
