import { z } from 'zod';
import { partialDateSchema } from './date.ts';
import { fix } from './error-text.ts';
import { textSchema } from './text.ts';
import { sourceUrlSchema } from './link.ts';

/**
 * A published source for a fact on the site: a news story, a public record, a group's own statement. Every
 * campaign decision and every win cites at least one, so a reader can check it.
 */
export const sourceSchema = z
  .strictObject(
    {
      /** Where the source can be read: an http or https address. */
      url: sourceUrlSchema,
      /** The headline or page title, as published. At most 300 characters. */
      title: textSchema({
        advice: 'write the headline as published, in quotes if it has a colon',
        max: 300,
      }).optional(),
      /** Who published it: a newspaper, a station, a public body, a group. At most 200 characters. */
      publisher: textSchema({ advice: 'write the name of the publication or group', max: 200 }).optional(),
      /** When it was published, as precisely as the page says. */
      date: partialDateSchema.optional(),
      /** A copy in a web archive (for example web.archive.org), for when the original page disappears. */
      archive: sourceUrlSchema.optional(),
    },
    {
      error: () => fix('is not a source', 'write each source as a url with a title or publisher (see CONTRIBUTING.md)'),
    },
  )
  .refine((source) => source.title !== undefined || source.publisher !== undefined, {
    error: fix('has neither a title nor a publisher', 'add the headline as title, or the publication as publisher'),
  });

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;

/** A list of sources, as used by campaigns, wins and companies. */
export const sourcesSchema = z.array(sourceSchema, {
  error: (issue) =>
    issue.input === undefined
      ? fix('are missing', 'add at least one source: a url with a title or publisher (see CONTRIBUTING.md)')
      : fix('is not a list', 'write each source on its own line starting with "- url:" (see CONTRIBUTING.md)'),
});
