import { z } from 'zod';
import { fullDateSchema } from './date.ts';
import { reportedDateSchema, voteSchema } from './timeline.ts';
import { namedSources, unlistedSources } from './reported.ts';
import { fix, quote } from './error-text.ts';
import { sourcesSchema } from './source.ts';
import { slugSchema, textSchema } from './text.ts';
import { translatedSummariesSchema } from './translation.ts';

/** What kind of decision the win was. */
export const WIN_KINDS = ['resolution', 'ordinance', 'divestment', 'no-buy', 'policy', 'statement', 'other'] as const;
export type WinKind = (typeof WIN_KINDS)[number];

/** `partial` when the body did only part of what was asked; the summary says which part. */
export const WIN_OUTCOMES = ['won', 'partial'] as const;
export type WinOutcome = (typeof WIN_OUTCOMES)[number];

export const winShape = {
  /** What happened, as a headline: "Durham City Council ends police exchanges". At most 120 characters. */
  title: textSchema({
    advice: 'write a short headline, such as "Durham City Council ends police exchanges"',
    max: 120,
  }),
  /** The day of the decision, or the month or year where that is all the sources say; where they differ, each date. */
  date: reportedDateSchema,
  /** The campaign this win belongs to, by the slug of its file in content/campaigns/. */
  campaign: slugSchema('campaign', 'content/campaigns'),
  /** Who decided: the council, board, union or court. */
  body: textSchema({ advice: 'name the body that decided, such as "Durham City Council"', max: 200 }),
  /** The kind of decision. */
  kind: z.enum(WIN_KINDS, {
    error: (issue) =>
      issue.input === undefined
        ? fix('is missing', `add one of: ${WIN_KINDS.join(', ')}`)
        : fix(`${quote(issue.input)} is not a kind of decision`, `use one of: ${WIN_KINDS.join(', ')}`),
  }),
  /** Whether the body did all (`won`) or part (`partial`) of what was asked. */
  outcome: z
    .enum(WIN_OUTCOMES, {
      error: (issue) => fix(`${quote(issue.input)} is not an outcome`, 'use won, or partial when only part was won'),
    })
    .default('won'),
  /** The vote as reported ("6-0"); where sources disagree, each vote with its sources. */
  vote: voteSchema.optional(),
  /** One sentence in your own words: what was decided, and for a partial win, what was not. */
  summary: textSchema({ advice: 'write one sentence saying what was decided', max: 280 }),
  /** The summary in other languages, for the Spanish and Arabic pages: `translations: { es: ..., ar: ... }`. */
  translations: translatedSummariesSchema,
  /** Where the facts come from; at least one. */
  sources: sourcesSchema.min(1, {
    error: fix('are missing', 'add at least one news story or public record that reports the decision'),
  }),
  /** What a reader should know about how certain this win is. */
  caveat: textSchema({ advice: 'say in one sentence what is uncertain about this win', max: 280 }).optional(),
  /** The day someone last checked this entry against its sources. */
  updated: fullDateSchema,
};

/** The front-matter of `content/wins/<slug>.mdx`. */
export const winSchema = z.strictObject(winShape).superRefine(
  (win, context) => {
    if (Array.isArray(win.sources))
      for (const issue of unlistedSources(namedSources(win, ['date', 'vote']), win.sources, 'win'))
        context.addIssue(issue);
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

export type WinInput = z.input<typeof winSchema>;
export type Win = z.output<typeof winSchema>;
