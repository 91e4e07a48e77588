import { z } from 'zod';
import { fullDateSchema } from './date.ts';
import { ISSUES } from './constants.ts';
import { fix, quote } from './error-text.ts';

import { textSchema } from './text.ts';

/** One issue slug from the list above. */
export const issueSchema = z.enum(ISSUES, {
  error: (issue) => fix(`${quote(issue.input)} is not one of the site's issues`, `use one of: ${ISSUES.join(', ')}`),
});

/** The explainer page of an issue: `content/issues/<issue>.mdx`, where the file name is the issue slug. */
export const issuePageSchema = z.strictObject({
  /** One sentence: what a campaign of this kind asks, and of whom. Shown wherever the issue is listed. */
  summary: textSchema({ advice: 'write one sentence saying what this kind of campaign asks', max: 280 }),
  /** When someone last checked that the explainer is accurate. */
  updated: fullDateSchema,
});

export type IssuePageInput = z.input<typeof issuePageSchema>;
export type IssuePage = z.output<typeof issuePageSchema>;
