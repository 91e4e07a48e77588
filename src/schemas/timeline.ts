import { z } from 'zod';
import { EVENT_KINDS } from './constants.ts';
import { partialDateSchema } from './date.ts';
import { fix, quote } from './error-text.ts';
import { sourceUrlSchema } from './link.ts';
import { reported } from './reported.ts';
import { textSchema } from './text.ts';

export { EVENT_KINDS, type EventKind } from './constants.ts';

/** What a vote field takes, for campaigns' timeline events and for wins. */
export const voteSchema = reported(
  textSchema({ advice: 'write the vote as reported, for example "6-0", "unanimous" or "9-3-1"', max: 120 }),
  'write the vote as reported, for example "6-0"',
);

/** What a date of something that happened takes: one date, or the dates that different sources give. */
export const reportedDateSchema = reported(partialDateSchema, 'write it as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * One dated step in a campaign's history, as the sources report it: a resolution introduced, a hearing, a vote that
 * passed or failed, a veto and its override, a rescission. Won decisions have their own entries in content/wins/
 * and join the timeline from there, so they are not written here again.
 */
export const timelineEventSchema = z.strictObject(
  {
    /** When it happened, as precisely as the sources allow. Leave it out where no source dates it. */
    date: reportedDateSchema.optional(),
    /** What happened. */
    event: z.enum(EVENT_KINDS, {
      error: (issue) =>
        issue.input === undefined
          ? fix('is missing', `say what happened: one of ${EVENT_KINDS.join(', ')}`)
          : fix(`${quote(issue.input)} is not a kind of event`, `use one of: ${EVENT_KINDS.join(', ')}`),
    }),
    /** Who acted, where it was not the campaign's first target (a committee, the mayor, a court). */
    body: textSchema({ advice: 'name the body that acted, such as "Finance Committee"', max: 200 }).optional(),
    /** The vote as reported ("7-2", "unanimous"). */
    vote: voteSchema.optional(),
    /** For a vote that passed: true when it adopted only part of what the campaign asked. The note says which part. */
    partial: z
      .boolean({ error: () => fix('is not true or false', 'write partial: true, or remove the line') })
      .optional(),
    /** A few words in your own words, such as "second reading" or "amended to drop the call for a ceasefire". */
    note: textSchema({ advice: 'write a short note in your own words', max: 200 }).optional(),
    /** The addresses of the sources that report this step; each must also be in the entry's `sources`. */
    sources: z
      .array(sourceUrlSchema, {
        error: () => fix('is not a list', 'list the source addresses in square brackets, [https://...]'),
      })
      .default([]),
  },
  {
    error: () =>
      fix(
        'is not an event',
        'write each event as "- date: YYYY-MM-DD" followed by "event: passed" and its other fields',
      ),
  },
);

/** A campaign's steps, oldest first. */
export const timelineSchema = z
  .array(timelineEventSchema, {
    error: () => fix('is not a list', 'write each event on its own line starting with "- date:" (see CONTRIBUTING.md)'),
  })
  .default([]);

export type TimelineEventInput = z.input<typeof timelineEventSchema>;
export type TimelineEvent = z.output<typeof timelineEventSchema>;
