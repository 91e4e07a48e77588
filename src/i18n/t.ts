/**
 * Looks up interface text: `t('nav.campaigns')`, `t('count.wins', { count: 3 })`. Placeholders in braces are
 * filled from `values`; numbers are formatted for the locale, and `count` picks the plural form.
 */
import type { PluralForms } from './browser-text.ts';
import { LOCALES } from './locales.ts';
import { defaultLocale, dictionaries, type Locale, type UiKey } from './ui.ts';

type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

// Each page asks for its language's translator, some more than once; Intl objects are slow to make.
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale = defaultLocale): Translate {
  let translate = translators.get(locale);
  if (!translate) translators.set(locale, (translate = makeTranslator(locale)));
  return translate;
}

function makeTranslator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  const plurals = new Intl.PluralRules(LOCALES[locale].intl);
  const numbers = new Intl.NumberFormat(LOCALES[locale].intl);
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    const entry = dictionary[key];
    const template =
      typeof entry === 'string' ? entry : (entry[plurals.select(Number(values.count ?? 0))] ?? entry.other);
    // Most interface text has no placeholder, and pages ask for it thousands of times in a build.
    if (!template.includes('{')) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** The English translator, for text that is English whatever the page (feeds, data files, content templates). */
export const t = translator();

/**
 * A key's plural forms, for scripts that count in the browser: they pick a form with Intl.PluralRules of the
 * page's language, and Arabic has six.
 */
export function pluralForms(key: UiKey, locale: Locale = defaultLocale): PluralForms {
  const entry = dictionaries[locale][key];
  return typeof entry === 'string' ? { other: entry } : entry;
}

/**
 * The text of a key split around its placeholders, for when a placeholder becomes markup (a link) rather than
 * text: `tParts('footer.license')` → `['Code under the ', '{code}', ' license. ...']`.
 */
export function tParts(key: UiKey, locale: Locale = defaultLocale): string[] {
  const entry = dictionaries[locale][key];
  const template = typeof entry === 'string' ? entry : entry.other;
  return template.split(/(\{\w+\})/).filter(Boolean);
}
