import { z } from 'zod';
import { fullDateSchema } from './date.ts';
import { textSchema } from './text.ts';

/** The front-matter of a standalone page written as content, such as `content/pages/about.mdx`. */
export const pageSchema = z.strictObject({
  /** The page's heading and title. */
  title: textSchema({ advice: 'write the title of the page', max: 120 }),
  /** One or two sentences for search results and link previews. */
  description: textSchema({ advice: 'write a sentence describing the page', max: 280 }),
  /** The day the page was last reviewed. */
  updated: fullDateSchema,
});

export type PageInput = z.input<typeof pageSchema>;
export type Page = z.output<typeof pageSchema>;
