/**
 * Written pages in the reader's language: a toolkit, page, issue explainer, campaign or win shows its translation
 * (content/translations/<language>/…) when there is one, and otherwise its English original, marked as English.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import type { TranslatedCollection } from '../schemas/translation.ts';

let translations: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;

function load() {
  translations ??= getCollection('translations').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return translations;
}

/** A translation's id: `es/toolkits/start-a-municipal-campaign` translates `toolkits/start-a-municipal-campaign`. */
const translationId = (locale: Locale, collection: TranslatedCollection, id: string) => `${locale}/${collection}/${id}`;

/** An entry's title in each language that has a translation of it, for lists that show many entries. */
export async function translatedTitles(
  collection: TranslatedCollection,
  id: string,
): Promise<Partial<Record<Locale, string>>> {
  const byId = await load();
  const titles: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALE_CODES) {
    const title = byId.get(translationId(locale, collection, id))?.data.title;
    if (title) titles[locale] = title;
  }
  return titles;
}

type TranslatableData = { title?: string; summary?: string; description?: string; caveat?: string; updated: string };

export interface Shown<Entry extends { id: string; data: TranslatableData }> {
  /** The entry's data with its words in the page's language where there is a translation. */
  data: Entry['data'];
  /** What to render: the translation, or the original. */
  render: Entry | CollectionEntry<'translations'>;
  /** The language the words are in. */
  lang: Locale;
  /** The `lang` attribute the words need on the page: none when they are in the page's language. */
  wordsLang: Locale | undefined;
  /** The translation's date, when the original was updated after it. */
  outdated: string | undefined;
}

/** An entry as a page in `locale` shows it: the translation's words where there is one, the original's otherwise. */
export async function inLanguage<Entry extends { id: string; data: TranslatableData }>(
  locale: Locale,
  collection: TranslatedCollection,
  entry: Entry,
): Promise<Shown<Entry>> {
  const translation =
    locale === DEFAULT_LOCALE ? undefined : (await load()).get(translationId(locale, collection, entry.id));
  if (!translation)
    return {
      data: entry.data,
      render: entry,
      lang: DEFAULT_LOCALE,
      wordsLang: locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE,
      outdated: undefined,
    };
  const { title, summary, description, caveat, updated } = translation.data;
  return {
    data: {
      ...entry.data,
      ...(title && { title }),
      ...(summary && { summary }),
      ...(description && { description }),
      ...(caveat && { caveat }),
    },
    render: translation,
    lang: locale,
    wordsLang: undefined,
    outdated: entry.data.updated > updated ? updated : undefined,
  };
}

/** Each issue explainer's summary as a page in `locale` shows it, with the language it is in. */
export async function issueSummaries(locale: Locale) {
  const pages = await getCollection('issues');
  const shown = await Promise.all(
    pages.map(async (page) => {
      const { data, lang } = await inLanguage(locale, 'issues', page);
      return [page.id, { text: data.summary, lang: lang === locale ? undefined : lang }] as const;
    }),
  );
  return new Map(shown);
}
