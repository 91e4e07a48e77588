import { z } from 'zod';
import { fix } from './error-text.ts';
import { fullDateSchema } from './date.ts';
import { textSchema } from './text.ts';

/**
 * Translations of written pages. A translation is a file at
 * `content/translations/<language>/<collection>/<slug>.mdx`, where `<collection>/<slug>` names the English
 * original (`content/translations/es/toolkits/start-a-municipal-campaign.mdx` translates
 * `content/toolkits/start-a-municipal-campaign.mdx`). Its body is the whole page in that language; its facts
 * (dates, sources, topics) stay in the original, so they are never out of step.
 */

/** The collections whose pages can be translated, and the front-matter fields a translation of each must give. */
export const TRANSLATED_FIELDS = {
  toolkits: ['title', 'summary'],
  pages: ['title', 'description'],
  issues: ['summary'],
  campaigns: ['title'],
  wins: ['title'],
} as const;

export type TranslatedCollection = keyof typeof TRANSLATED_FIELDS;

// Spanish and Arabic run longer than English; the limits leave room for that.
const translatedText = (advice: string) => textSchema({ advice, max: 360 }).optional();

export const translationSchema = z.strictObject({
  /** The page's title in this language (toolkits, pages, campaigns and wins). */
  title: translatedText('write the title of the page in this language'),
  /** The one-sentence summary in this language (toolkits and issue pages). */
  summary: translatedText('write the summary of the English original in this language'),
  /** What is uncertain about the record, in this language (campaigns and wins whose original has a `caveat`). */
  caveat: textSchema({ advice: 'write the caveat of the English original in this language', max: 420 }).optional(),
  /** The description for search results and link previews, in this language (pages). */
  description: translatedText('write the description of the English original in this language'),
  /**
   * The day the translation was written or last checked against the original. When the original's `updated` is
   * later, the page says the English may have changed since.
   */
  updated: fullDateSchema,
});

export type TranslationInput = z.input<typeof translationSchema>;
export type Translation = z.output<typeof translationSchema>;

/**
 * A campaign's or win's one-sentence summary in other languages, by language code. The body stays in English
 * and is marked as English on translated pages.
 */
export const translatedSummariesSchema = z
  .strictObject(
    {
      /** The summary in Spanish. */
      es: translatedText('write the summary in Spanish'),
      /** The summary in Arabic. */
      ar: translatedText('write the summary in Arabic'),
    },
    { error: fix('has a language the site does not have', 'use es (Spanish) or ar (Arabic)') },
  )
  .optional();

export type TranslatedSummaries = z.output<typeof translatedSummariesSchema>;
