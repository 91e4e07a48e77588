import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/i18n/browser-text.ts';
import { LOCALE_CODES, LOCALES, inEveryLocale } from '../../src/i18n/locales.ts';
import { localized, stateNames } from '../../src/data/localized.ts';
import { shareImage } from '../../src/data/share-images.ts';
import { t, tParts, translator } from '../../src/i18n/t.ts';
import { dictionaries, type UiKey } from '../../src/i18n/ui.ts';
import { ISSUES, STATE_CODES, STATUSES } from '../../src/schemas/constants.ts';

const placeholders = (value: unknown) => [...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])].sort().join(' ');

describe('interface text', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(t('count.campaigns', { count: 1 })).toBe('1 campaign');
    expect(t('count.campaigns', { count: 1234 })).toBe('1,234 campaigns');
    expect(t('meta.lastChecked', { date: 'November 29, 2026' })).toBe('Last checked November 29, 2026');
  });

  it('leaves a placeholder it was not given, for the browser to fill', () => {
    expect(t('filters.showing', { total: 67 })).toBe('Showing {count} of 67 campaigns');
  });

  it('splits text around placeholders that become links', () => {
    expect(tParts('footer.license')).toEqual([
      'Code under the ',
      '{code}',
      ' license. Content under ',
      '{content}',
      ': share and adapt it with credit.',
    ]);
  });

  it('has a name for every issue and status', () => {
    for (const issue of ISSUES) expect(t(`issue.${issue}`)).not.toBe('');
    for (const status of STATUSES) expect(t(`status.${status}`)).not.toBe('');
  });
});

describe('every language', () => {
  const english = Object.keys(dictionaries.en) as UiKey[];

  it.each(LOCALE_CODES)('%s has every key English has, and no other', (locale) => {
    const keys = Object.keys(dictionaries[locale]);
    expect(
      english.filter((key) => !keys.includes(key)),
      'missing',
    ).toEqual([]);
    expect(
      keys.filter((key) => !(key in dictionaries.en)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s keeps every placeholder, and has no empty text', (locale) => {
    for (const key of english) {
      const value = dictionaries[locale][key];
      expect(placeholders(value), `${locale} ${key}`).toBe(placeholders(dictionaries.en[key]));
      for (const text of typeof value === 'string' ? [value] : Object.values(value))
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it.each(LOCALE_CODES)('%s gives every plural form its language uses', (locale) => {
    const categories = new Intl.PluralRules(LOCALES[locale].intl).resolvedOptions().pluralCategories;
    for (const key of english) {
      const value = dictionaries[locale][key];
      if (typeof value === 'string') continue;
      for (const category of categories) expect(value[category], `${locale} ${key} ${category}`).toBeTruthy();
    }
  });

  it.each(LOCALE_CODES)('%s names every state and territory', (locale) => {
    for (const code of STATE_CODES) expect(stateNames[locale][code]?.trim(), `${locale} ${code}`).toBeTruthy();
  });

  it("describes a state's link-preview image in the page's language", () => {
    expect(shareImage('NC')).toEqual({
      path: '/social/states/nc.png',
      alt: t('share.stateMap', { state: 'North Carolina' }),
    });
    expect(shareImage('NC', 'es').alt).toContain(stateNames.es.NC);
    expect(shareImage('NC', 'es').alt).not.toBe(shareImage('NC').alt);
  });

  it('counts in Arabic with its own plural forms and Western digits', () => {
    const arabic = translator('ar');
    const forms = dictionaries.ar['count.campaigns'] as Record<string, string>;
    expect(arabic('count.campaigns', { count: 2 })).toBe(forms.two!.replace('{count}', '2'));
    expect(arabic('count.campaigns', { count: 5 })).toBe(forms.few!.replace('{count}', '5'));
    expect(arabic('count.campaigns', { count: 1234 })).toContain('1,234');
    expect(localized('ar').formatDate('2018-04')).toMatch(/2018/);
    const browser = pageText('ar');
    expect(browser.plural(dictionaries.ar['map.cluster'] as never, 11)).toContain('11');
    expect(browser.plural(dictionaries.ar['map.cluster'] as never, 11)).not.toBe(
      browser.plural(dictionaries.ar['map.cluster'] as never, 2),
    );
  });

  it('links pages in the reader’s language, and files at one address', () => {
    const spanish = localized('es');
    expect(spanish.href('/map/')).toBe('/es/map/');
    expect(spanish.href('/map/campaigns.json')).toBe('/map/campaigns.json');
    expect(localized(undefined).href('/map/')).toBe('/map/');
    expect(localized('ar').dir).toBe('rtl');
    expect(inEveryLocale([{ params: { slug: 'a' } }]).map(({ params }) => params.lang)).toEqual([
      undefined,
      'es',
      'ar',
    ]);
  });

  it('shows a campaign’s summary in the page’s language where it has one, marked English where not', () => {
    const data = { summary: 'English', translations: { es: 'Español' } };
    expect(localized('es').summaryOf(data)).toEqual({ text: 'Español', lang: undefined });
    expect(localized('ar').summaryOf(data)).toEqual({ text: 'English', lang: 'en' });
    expect(localized('en').summaryOf(data)).toEqual({ text: 'English', lang: undefined });
  });
});
