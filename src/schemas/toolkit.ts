import { z } from 'zod';
import { fullDateSchema } from './date.ts';
import { fix, quote } from './error-text.ts';
import { issueSchema } from './issue.ts';
import { TOPICS } from './constants.ts';
import { textSchema } from './text.ts';

export { TOPICS, type Topic } from './constants.ts';

/** The stage of a campaign a toolkit serves; the toolkit index is grouped by these, in this order. */
export const TOOLKIT_STAGES = ['start', 'research', 'pass', 'defend'] as const;
export type ToolkitStage = (typeof TOOLKIT_STAGES)[number];

/** How much a reader needs to know already. */
export const READING_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export type ReadingLevel = (typeof READING_LEVELS)[number];

const templateSchema = z.strictObject({
  /** What the template is: "Model resolution", "Public-records request". */
  title: textSchema({ advice: 'name the template, such as "Model resolution"', max: 120 }),
  /** The file in public/templates/ that readers download. */
  file: z.string().regex(/^[a-z0-9-]+\.(?:txt|md|docx|odt|pdf)$/, {
    error: (issue) =>
      fix(
        `${quote(issue.input)} is not a template file name`,
        'use a lowercase file name in public/templates/, such as model-resolution.txt',
      ),
  }),
});

export const toolkitShape = {
  /** The toolkit's title: "Start a municipal campaign". At most 120 characters. */
  title: textSchema({ advice: 'write the title of the toolkit', max: 120 }),
  /** One or two sentences saying what the reader will be able to do after reading. */
  summary: textSchema({ advice: 'write a sentence saying what the toolkit helps a reader do', max: 280 }),
  /** The campaign stage the toolkit serves. */
  stage: z.enum(TOOLKIT_STAGES, {
    error: (issue) =>
      fix(
        issue.input === undefined ? 'is missing' : `${quote(issue.input)} is not a stage`,
        `use one of: ${TOOLKIT_STAGES.join(', ')}`,
      ),
  }),
  /** The skills the toolkit teaches, from the site's list of topics: `public-comment`, `research`. */
  topics: z
    .array(
      z.enum(TOPICS, {
        error: (issue) =>
          fix(`${quote(issue.input)} is not one of the site's topics`, `use one of: ${TOPICS.join(', ')}`),
      }),
      { error: () => fix('is missing', 'add at least one topic in square brackets, such as [getting-started]') },
    )
    .min(1, { error: fix('is empty', 'add at least one topic, such as [getting-started]') }),
  /** The kinds of campaign the toolkit is most useful for; it is listed on those issue pages. */
  issues: z.array(issueSchema).default([]),
  /** How much the reader needs to know already. */
  readingLevel: z.enum(READING_LEVELS, {
    error: (issue) =>
      fix(
        issue.input === undefined ? 'is missing' : `${quote(issue.input)} is not a reading level`,
        `use one of: ${READING_LEVELS.join(', ')}`,
      ),
  }),
  /** The day the toolkit was last reviewed. */
  updated: fullDateSchema,
  /** Downloadable templates that go with the toolkit. */
  templates: z.array(templateSchema).default([]),
  /** Position within its stage on the toolkit index; lower comes first. */
  order: z.number().int().default(100),
};

/** The front-matter of `content/toolkits/<slug>.mdx`. */
export const toolkitSchema = z.strictObject(toolkitShape);

export type ToolkitInput = z.input<typeof toolkitSchema>;
export type Toolkit = z.output<typeof toolkitSchema>;
