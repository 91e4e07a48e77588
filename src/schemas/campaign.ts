import { z } from 'zod';
import { fullDateSchema, partialDateSchema } from './date.ts';
import { DECIDED_STATUSES, LEVELS, LEVELS_WITHOUT_CITY, STATUSES, toCityPrecision } from './constants.ts';
import { fix, quote } from './error-text.ts';

import { issueSchema } from './issue.ts';
import { contactSchema, httpsUrlSchema } from './link.ts';
import { sourcesSchema } from './source.ts';
import { timelineSchema } from './timeline.ts';
import { namedSources, reported, unlistedSources } from './reported.ts';
import { stateCodeSchema } from './state.ts';
import { slugSchema, textListSchema, textSchema } from './text.ts';
import { translatedSummariesSchema } from './translation.ts';

const coordinateAdvice = 'write [latitude, longitude] in decimal degrees, for example [35.99, -78.90]';

function degrees(name: 'latitude' | 'longitude', limit: number) {
  return z
    .number({ error: (issue) => fix(`${name} ${quote(issue.input)} is not a number`, coordinateAdvice) })
    .min(-limit, {
      error: (issue) =>
        fix(`${name} ${String(issue.input)} is out of range`, `a ${name} lies between -${limit} and ${limit}`),
    })
    .max(limit, {
      error: (issue) =>
        fix(`${name} ${String(issue.input)} is out of range`, `a ${name} lies between -${limit} and ${limit}`),
    })
    .transform(toCityPrecision);
}

/** `[latitude, longitude]`, rounded to city level. */
export const coordinatesSchema = z.tuple([degrees('latitude', 90), degrees('longitude', 180)], {
  error: (issue) => fix(`${quote(issue.input)} is not a pair of coordinates`, coordinateAdvice),
});

export const campaignShape = {
  /** The campaign's name as a reader would say it: "End police exchanges in Durham". At most 120 characters. */
  title: textSchema({
    advice: 'write a short name for the campaign, such as "End police exchanges in Durham"',
    max: 120,
  }),
  /** One sentence in your own words: what the campaign asks of whom. At most 280 characters. */
  summary: textSchema({ advice: 'write one sentence saying what the campaign asks of whom', max: 280 }),
  /** The summary in other languages, for the Spanish and Arabic pages: `translations: { es: ..., ar: ... }`. */
  translations: translatedSummariesSchema,
  /** The city or town. Required unless the campaign is statewide, a statewide union's, or before a county-wide body. */
  city: textSchema({ advice: 'write the name of the city or town, such as Durham', max: 80 }).optional(),
  /** For county campaigns, the county's name, such as "Alameda County". */
  county: textSchema({ advice: 'write the name of the county, such as "Alameda County"', max: 80 }).optional(),
  /** The USPS code of the state or territory. */
  state: stateCodeSchema,
  /** The kind of body the campaign asks to act. */
  level: z
    .enum(LEVELS, {
      error: (issue) => fix(`${quote(issue.input)} is not a level`, `use one of: ${LEVELS.join(', ')}`),
    })
    .default('city'),
  /** The kinds of campaign this is; at least one. */
  issues: z
    .array(issueSchema, {
      error: (issue) =>
        issue.input === undefined
          ? fix('is missing', 'add at least one issue, for example [divestment]')
          : fix('is not a list', 'write the issues in square brackets, for example [divestment, no-buy]'),
    })
    .min(1, { error: fix('is empty', 'add at least one issue, for example [divestment]') }),
  /** Where the campaign stands: active, won, partial, lost or paused. */
  status: z.enum(STATUSES, {
    error: (issue) =>
      issue.input === undefined
        ? fix('is missing', `add one of: ${STATUSES.join(', ')}`)
        : fix(`${quote(issue.input)} is not a status`, `use one of: ${STATUSES.join(', ')}`),
  }),
  /** The decision-making bodies the campaign asks to act; at least one. */
  targets: textListSchema({
    advice: 'name at least one decision-making body, for example [Durham City Council]',
    itemAdvice: 'write the name of a decision-making body',
  }),
  /** The organizing group or coalition. Groups only: never a person's name. */
  coalition: textSchema({ advice: 'write the name of the group or coalition', max: 200 }).optional(),
  /**
   * Companies the campaign targets, by the slug of their file in content/companies/. Where reports differ on a
   * company, that item lists each company with the sources that name it.
   */
  companies: z
    .array(
      reported(slugSchema('company', 'content/companies'), 'use the file name of a company in content/companies/'),
      {
        error: () => fix('is not a list', 'write company slugs in square brackets, for example [caterpillar, hp]'),
      },
    )
    .default([]),
  /** When the campaign began, as precisely as known. */
  started: partialDateSchema.optional(),
  /**
   * True when the campaign asks a body not to adopt a measure, such as an anti-boycott law. Its timeline records
   * the measure: the measure passing is then the campaign's defeat, and its failing or withdrawal the campaign's win.
   */
  opposing: z
    .boolean({ error: () => fix('is not true or false', 'write opposing: true, or remove the line') })
    .default(false),
  /**
   * What happened, step by step and oldest first: introduced, hearings, votes, vetoes, rescissions. Wins are
   * entries of their own in content/wins/ and join the timeline from there. The status must agree with the last
   * step that settled the campaign.
   */
  timeline: timelineSchema,
  /** `[latitude, longitude]`. Without it the build finds the place from city and state. */
  coordinates: coordinatesSchema.optional(),
  /** The campaign's own website, https only. */
  website: httpsUrlSchema.optional(),
  /** A group's public contact: an https page or a role e-mail address, never a person's. */
  contact: contactSchema.optional(),
  /** Where the facts come from; at least one when the status is won, partial or lost. */
  sources: sourcesSchema.default([]),
  /** What a reader should know about how certain this entry is: a single source, or an outcome that is a judgement. */
  caveat: textSchema({ advice: 'say in one sentence what is uncertain about this entry', max: 280 }).optional(),
  /** The day someone last checked this entry against its sources. */
  updated: fullDateSchema,
};

/** The source addresses the timeline names, for itself or for one of its disputed values, with their paths. */
function timelineSources(timeline: readonly Record<string, unknown>[]): [PropertyKey[], string][] {
  return timeline.flatMap((event, index) => [
    ...(Array.isArray(event['sources']) ? event['sources'] : []).map((url, at): [PropertyKey[], string] => [
      ['timeline', index, 'sources', at],
      String(url),
    ]),
    ...namedSources(event, ['date', 'vote'], ['timeline', index]),
  ]);
}

/**
 * The front-matter of `content/campaigns/<slug>.mdx`.
 *
 * The rules that compare fields run even when another field is wrong, so a contributor sees every problem at once.
 * That is why they read the values defensively.
 */
export const campaignSchema = z.strictObject(campaignShape).superRefine(
  (campaign, context) => {
    const level = LEVELS.find((known) => known === campaign.level);
    if (level && campaign.city === undefined && campaign.county === undefined && !LEVELS_WITHOUT_CITY.includes(level)) {
      context.addIssue({
        code: 'custom',
        path: ['city'],
        message: fix(
          `is missing for a ${level} campaign`,
          'add the city or town, or the county for a county-wide body; only state and statewide union campaigns may leave both out',
        ),
      });
    }
    if (level === 'county' && campaign.city === undefined && campaign.county === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['county'],
        message: fix('is missing for a county campaign', 'add the county\'s name, such as "Alameda County"'),
      });
    }
    const decided = DECIDED_STATUSES.find((status) => status === campaign.status);
    if (decided && Array.isArray(campaign.sources) && campaign.sources.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['sources'],
        message: fix(
          `are missing, and a campaign marked ${decided} needs at least one`,
          'add a news story or public record that reports the decision, with its url and title',
        ),
      });
    }
    if (Array.isArray(campaign.sources)) {
      const named = [
        ...(Array.isArray(campaign.timeline) ? timelineSources(campaign.timeline) : []),
        ...(Array.isArray(campaign.companies)
          ? namedSources(
              campaign.companies,
              campaign.companies.map((_, index) => index),
              ['companies'],
            )
          : []),
      ];
      for (const issue of unlistedSources(named, campaign.sources, 'campaign')) context.addIssue(issue);
    }
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

export type CampaignInput = z.input<typeof campaignSchema>;
export type Campaign = z.output<typeof campaignSchema>;
