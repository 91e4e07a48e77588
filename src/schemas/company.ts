import { z } from 'zod';
import { fullDateSchema } from './date.ts';
import { fix } from './error-text.ts';
import { httpsUrlSchema } from './link.ts';
import { sourcesSchema } from './source.ts';
import { SLUG_PATTERN } from './constants.ts';
import { textSchema } from './text.ts';

export const companyShape = {
  /** The company's name as it is commonly written: "Caterpillar", "NSO Group". */
  name: textSchema({ advice: 'write the company name, such as "Caterpillar"', max: 120 }),
  /** One line in your own words: why organizers target the company, as the sources report it. */
  summary: textSchema({ advice: 'write one sentence saying why organizers target this company', max: 280 }),
  /** What the company does, as lowercase words joined by hyphens: `heavy-equipment`, `spyware`. */
  sectors: z
    .array(
      z.string().regex(SLUG_PATTERN, {
        error: fix('is not a sector', 'write it in lowercase words joined by hyphens, such as heavy-equipment'),
      }),
      { error: () => fix('is missing', 'add at least one sector in square brackets, such as [heavy-equipment]') },
    )
    .min(1, { error: fix('is empty', 'add at least one sector, such as [heavy-equipment]') }),
  /** Other names the company appears under in campaigns and sources, such as former names or subsidiaries. */
  aliases: z.array(textSchema({ advice: 'write another name of the company', max: 120 })).default([]),
  /** The company's own website, https only. */
  website: httpsUrlSchema.optional(),
  /** Where the facts come from; at least one. */
  sources: sourcesSchema.min(1, {
    error: fix('are missing', 'add at least one source that reports why the company is targeted'),
  }),
  /** The day someone last checked this entry against its sources. */
  updated: fullDateSchema,
};

/** The front-matter of `content/companies/<slug>.md`. */
export const companySchema = z.strictObject(companyShape);

export type CompanyInput = z.input<typeof companySchema>;
export type Company = z.output<typeof companySchema>;
