/**
 * Everything a page or component needs to speak the reader's language, from the page's `lang` route parameter:
 *
 *     const { t, href, formatDate } = localized(Astro.params.lang);
 *
 * Not from Astro's `currentLocale`, which takes a locale code anywhere in the path: /states/ar/ (Arkansas) would be
 * read as Arabic.
 *
 * `href` links to a page in the same language (`/es/map/` on a Spanish page) and leaves files alone, since data,
 * map data and images have one address for every language.
 *
 * It sits with the views, above lib/ and schemas/, because it joins them to the interface text; src/i18n/ holds only
 * the languages, the dictionaries and the translator, and imports nothing.
 */
import { arStates } from '../i18n/ar.ts';
import { esStates } from '../i18n/es.ts';
import { DEFAULT_LOCALE, LOCALES, localizePath, toLocale, type Locale } from '../i18n/locales.ts';
import { pluralForms, tParts, translator } from '../i18n/t.ts';
import type { UiKey } from '../i18n/ui.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { absoluteUrl as siteAbsoluteUrl, href as siteHref } from '../lib/urls.ts';
import { STATE_CODES, STATES, type PartialDate, type StateCode } from '../schemas/constants.ts';
import { isDisputed, type Reported } from '../schemas/reported.ts';
import type { TranslatedSummaries } from '../schemas/translation.ts';

/** The name of each state and territory in each language: English from the list of places, the others translated. */
export const stateNames: Record<Locale, Record<StateCode, string>> = {
  en: Object.fromEntries(STATE_CODES.map((code) => [code, STATES[code].name])) as Record<StateCode, string>,
  es: esStates,
  ar: arStates,
};

function forLocale(locale: Locale) {
  const { intl, dir } = LOCALES[locale];
  /** Words in this language where they have been translated, else the English, marked as English. */
  const translatedOrEnglish = (translated: string | undefined, english: string) => ({
    text: translated ?? english,
    lang: translated || locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE,
  });
  const numbers = new Intl.NumberFormat(intl);
  const alternatives = new Intl.ListFormat(intl, { type: 'disjunction' });
  const t = translator(locale);
  return {
    locale,
    /** `ltr` or `rtl`, for `<html dir>`. */
    dir,
    /** The BCP 47 tag for Intl formatters (Arabic with Western digits). */
    intl,
    t,
    tParts: (key: UiKey) => tParts(key, locale),
    pluralForms: (key: UiKey) => pluralForms(key, locale),
    href: (path: string) => siteHref(localizePath(path, locale)),
    /** The full address of a page in this language, for canonical links and sharing. */
    absoluteUrl: (path: string) => siteAbsoluteUrl(localizePath(path, locale)),
    /** The site's root whatever the language, for scripts that fetch files (`data-base`). */
    siteRoot: siteHref('/'),
    formatDate: (date: PartialDate) => formatPartialDate(date, intl),
    /**
     * A fact as the sources report it: the value, or where they differ every value ("sources differ: 5-0 or 5-1"),
     * so a page never prints one value that a cited source contradicts.
     */
    formatReported: <T>(value: Reported<T>, format: (one: T) => string = String) =>
      isDisputed(value)
        ? t('reported.differ', { values: alternatives.format(value.disputed.map((one) => format(one.value))) })
        : format(value),
    formatNumber: (value: number) => numbers.format(value),
    /** Words as alternatives in this language: "city, county, or state". */
    formatAlternatives: (words: readonly string[]) => alternatives.format(words),
    /** The same, in pieces (each word, and the words between), for lists whose items are links. */
    alternativesToParts: (words: readonly string[]) => alternatives.formatToParts(words),
    stateName: (code: StateCode) => stateNames[locale][code],
    /** The `lang` of words that stay in English (campaign titles, stories): none on English pages. */
    inEnglish: locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE,
    /** A campaign's or win's title in this language where it has a translation file, else the English. */
    titleOf: (entry: { data: { title: string }; titles?: Partial<Record<Locale, string>> }) =>
      translatedOrEnglish(locale === DEFAULT_LOCALE ? undefined : entry.titles?.[locale], entry.data.title),
    /** A campaign's or win's summary in this language where it has one (`translations`), else the English. */
    summaryOf: (data: { summary: string; translations?: TranslatedSummaries }) =>
      translatedOrEnglish(
        locale === DEFAULT_LOCALE ? undefined : data.translations?.[locale as Exclude<Locale, 'en'>],
        data.summary,
      ),
  };
}

export type Localized = ReturnType<typeof forLocale>;

// Every component on every page asks; the answer depends only on the language.
const cache = new Map<Locale, Localized>();

export function localized(lang: string | undefined): Localized {
  const locale = toLocale(lang);
  let result = cache.get(locale);
  if (!result) cache.set(locale, (result = forLocale(locale)));
  return result;
}
