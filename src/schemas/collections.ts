/**
 * The content collections: which folder under content/ holds which kind of entry, the schema its front-matter
 * follows, and the file types it accepts. `src/content.config.ts` and the validator both read this list.
 */
import type { z } from 'zod';
import { campaignSchema, campaignShape } from './campaign.ts';
import { companySchema, companyShape } from './company.ts';
import { issuePageSchema } from './issue.ts';
import { pageSchema } from './page.ts';
import { toolkitSchema, toolkitShape } from './toolkit.ts';
import { translationSchema } from './translation.ts';
import { winSchema, winShape } from './win.ts';

export interface CollectionDefinition {
  /** What one entry is called in messages: "campaign". */
  singular: string;
  schema: z.ZodType;
  /** The field names, to suggest the right one for a misspelt key. */
  fields: readonly string[];
  /** File types the collection reads, most usual first. */
  extensions: readonly string[];
}

const MARKDOWN = ['.mdx', '.md'] as const;

export const COLLECTIONS = {
  campaigns: { singular: 'campaign', schema: campaignSchema, fields: Object.keys(campaignShape), extensions: MARKDOWN },
  wins: { singular: 'win', schema: winSchema, fields: Object.keys(winShape), extensions: MARKDOWN },
  toolkits: { singular: 'toolkit', schema: toolkitSchema, fields: Object.keys(toolkitShape), extensions: MARKDOWN },
  companies: {
    singular: 'company',
    schema: companySchema,
    fields: Object.keys(companyShape),
    extensions: [...MARKDOWN, '.yaml', '.yml'],
  },
  issues: {
    singular: 'issue page',
    schema: issuePageSchema,
    fields: Object.keys(issuePageSchema.shape),
    extensions: MARKDOWN,
  },
  pages: { singular: 'page', schema: pageSchema, fields: Object.keys(pageSchema.shape), extensions: MARKDOWN },
  translations: {
    singular: 'translation',
    schema: translationSchema,
    fields: Object.keys(translationSchema.shape),
    extensions: MARKDOWN,
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The glob pattern Astro's loader uses for a collection, built from its extensions. */
export function collectionPattern(name: CollectionName): string {
  return `**/*.{${COLLECTIONS[name].extensions.map((extension) => extension.slice(1)).join(',')}}`;
}
