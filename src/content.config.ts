/**
 * Wires the collections in content/ to their schemas. Folder names, file types and schemas are decided in
 * src/schemas/; this file only connects them to Astro's loader.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { site } from './config.ts';
import { collectionPattern, type CollectionName } from './schemas/collections.ts';
import {
  campaignSchema,
  companySchema,
  issuePageSchema,
  pageSchema,
  toolkitSchema,
  translationSchema,
  winSchema,
} from './schemas/index.ts';

// Bodies render when a page renders them, not while content loads: Astro's loader only logs a failed render of
// a .md file and carries on, and the content guard must stop the build instead. It also keeps memory down.
const loader = (name: CollectionName) =>
  glob({ pattern: collectionPattern(name), base: `./${site.contentDir}/${name}`, deferRender: true });

export const collections = {
  campaigns: defineCollection({ loader: loader('campaigns'), schema: campaignSchema }),
  wins: defineCollection({ loader: loader('wins'), schema: winSchema }),
  toolkits: defineCollection({ loader: loader('toolkits'), schema: toolkitSchema }),
  companies: defineCollection({ loader: loader('companies'), schema: companySchema }),
  issues: defineCollection({ loader: loader('issues'), schema: issuePageSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  translations: defineCollection({ loader: loader('translations'), schema: translationSchema }),
};
