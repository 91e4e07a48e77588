import { describe, expect, it } from 'vitest';
import { isLocalizedPage, localeParams, localizePath, splitLocale, toLocale } from '../../src/i18n/locales.ts';

describe('language addresses', () => {
  it('puts pages under the language code and leaves English at the root', () => {
    expect(localizePath('/map/', 'es')).toBe('/es/map/');
    expect(localizePath('/', 'ar')).toBe('/ar/');
    expect(localizePath('/search/?q=nso#results', 'ar')).toBe('/ar/search/?q=nso#results');
    expect(localizePath('/map/', 'en')).toBe('/map/');
  });

  it('gives files one address in every language', () => {
    expect(localizePath('/data/campaigns.csv', 'es')).toBe('/data/campaigns.csv');
    expect(localizePath('/map/places/zip-27.json', 'ar')).toBe('/map/places/zip-27.json');
    expect(localizePath('/pagefind/pagefind.js?x=1', 'es')).toBe('/pagefind/pagefind.js?x=1');
    expect(isLocalizedPage('/404.html')).toBe(false);
    expect(isLocalizedPage('/campaigns/durham-police-exchange/')).toBe(true);
  });

  it('gives each language its own feeds', () => {
    expect(localizePath('/wins/feed.xml', 'es')).toBe('/es/wins/feed.xml');
    expect(localizePath('/states/or/feed.xml', 'ar')).toBe('/ar/states/or/feed.xml');
    expect(localizePath('/wins/feed.xml', 'en')).toBe('/wins/feed.xml');
    expect(localizePath('/data/feed.xml.csv', 'es')).toBe('/data/feed.xml.csv');
  });

  it('finds the language of a path, and the same page in English', () => {
    expect(splitLocale('/ar/campaigns/durham-police-exchange/')).toEqual({
      locale: 'ar',
      path: '/campaigns/durham-police-exchange/',
    });
    expect(splitLocale('/es/')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/es')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/estates/')).toEqual({ locale: 'en', path: '/estates/' });
    expect(splitLocale('/campaigns/')).toEqual({ locale: 'en', path: '/campaigns/' });
  });

  it('makes one copy of each page per language', () => {
    expect(localeParams()).toEqual([{ lang: undefined }, { lang: 'es' }, { lang: 'ar' }]);
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale('ar')).toBe('ar');
  });
});
