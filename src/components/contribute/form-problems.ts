/**
 * The checks the campaign form runs on the file it is building: the validator's own rules from src/lib/checks/, on
 * the same front-matter and text, so the form and `npm run validate` find the same problems and say them in the
 * same words (tests/unit/checks/form-and-validator.test.ts compares them). Loaded when the reader first changes a
 * field, with the schema: Zod and the schemas are most of the form's weight. Zod is told not to compile parsers
 * before any schema is built (see zod-without-eval.ts), so this module imports that first.
 */
import './zod-without-eval.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import type { StateCode } from '../../schemas/constants.ts';
import { characters } from '../../lib/checks/characters.ts';
import {
  campaignFacts,
  duplicateWarning,
  isLikelyTwin,
  placeKey,
  type CampaignFacts,
} from '../../lib/checks/duplicate-campaigns.ts';
import { personalDetails } from '../../lib/checks/personal-details.ts';
import { placeProblems } from '../../lib/checks/places.ts';
import { unknownCompanies } from '../../lib/checks/references.ts';
import type { CheckedEntry } from '../../lib/checks/rule.ts';
import type { MapCampaign } from '../../lib/map-data.ts';
import { problemsFromZod, type Problem } from '../../lib/problems.ts';
import { CAMPAIGN_SECTIONS, campaignSlug, sectionText, type CampaignDraft } from '../../lib/scaffold.ts';

/** A campaign already on the site, as the form knows it from the map's data. */
export type KnownCampaign = CampaignFacts & { id: string; title: string };

export interface FormContext {
  today: string;
  companies: ReadonlySet<string>;
  /** Whether the gazetteer knows a city; undefined while the part of it the city is in can't be had. */
  knowsCity?: ((city: string, state: StateCode) => boolean) | undefined;
  campaigns: readonly KnownCampaign[];
}

/** A problem as the validator reports it, with what the form needs to show it beside its field. */
export interface FormProblem extends Problem {
  rule: string;
  /** The `name` of the form control the problem belongs to: `sources.0.url` for the field `sources[0].url`. */
  input: string;
  /** For a schema problem: what kind it is, to say it in the page's language. */
  issue?: { code: string; origin?: string | undefined; maximum?: unknown };
  company?: string;
  twin?: { id: string; title: string };
}

/** The form control that shows a problem with a front-matter field: `sources[0].url` → `sources.0.url`. */
export function inputFor(field: string): string {
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  return parts[0] === 'sources' ? parts.slice(0, 3).join('.') : parts[0] || 'title';
}

/**
 * A campaign from the map's data. The map leaves out decision-makers and dates, so the form warns about a twin
 * whatever its decision-maker and years, where the validator, which reads every file, can tell them apart.
 */
export function knownCampaign(campaign: MapCampaign): KnownCampaign {
  const suffix = `, ${campaign.state}`;
  const local = campaign.place.endsWith(suffix) ? campaign.place.slice(0, -suffix.length) : undefined;
  return {
    id: campaign.id,
    title: campaign.title,
    file: `content/campaigns/${campaign.id}.mdx`,
    place: placeKey(local, campaign.state, campaign.level),
    issues: campaign.issues,
    years: [],
  };
}

/** The front-matter the file will hold, as the validator will read it. */
export function draftData(draft: CampaignDraft, today: string): Record<string, unknown> {
  const data: Record<string, unknown> = { ...draft, updated: today };
  delete data.body;
  for (const [key, value] of Object.entries(data))
    if (
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0 && key !== 'issues' && key !== 'targets')
    )
      delete data[key];
  data.sources = draft.sources.map((source) => Object.fromEntries(Object.entries(source).filter(([, value]) => value)));
  return data;
}

export function formProblems(draft: CampaignDraft, context: FormContext): FormProblem[] {
  const file = `content/campaigns/${campaignSlug(draft) || 'your-campaign'}.mdx`;
  const data = draftData(draft, context.today);
  const result = campaignSchema.safeParse(data);
  const entry: CheckedEntry = {
    collection: 'campaigns',
    slug: file.slice('content/campaigns/'.length, -'.mdx'.length),
    extension: '.mdx',
    file,
    data,
    // The form has no lines to point at; its problems sit beside their fields.
    locate: () => undefined,
    parsed: result.success ? result.data : undefined,
  };
  const beside = (rule: string, problems: Problem[], input?: string): FormProblem[] =>
    problems.map((problem) => ({ ...problem, rule, input: input ?? inputFor(problem.field) }));
  const problems: FormProblem[] = result.success
    ? []
    : result.error.issues.flatMap((issue) =>
        beside('schema', problemsFromZod([issue], { file })).map((problem) => ({
          ...problem,
          issue: issue as NonNullable<FormProblem['issue']>,
        })),
      );
  problems.push(...beside(personalDetails.id, personalDetails.check(entry)));
  for (const [name] of CAMPAIGN_SECTIONS) {
    const body = sectionText(draft.body?.[name]);
    if (!body) continue;
    const section = { file, data: {}, body, locate: entry.locate };
    problems.push(
      ...beside(personalDetails.id, personalDetails.check(section), `body.${name}`),
      ...beside(characters.id, characters.check(section), `body.${name}`),
    );
  }
  // The form's companies are plain names, never disputed, so the problems come in the order of these.
  const unknown = draft.companies.filter((company) => !context.companies.has(company));
  unknownCompanies(entry, context.companies).forEach((problem, index) =>
    problems.push({ ...problem, rule: 'references', input: 'companies', company: unknown[index]! }),
  );
  if (context.knowsCity) problems.push(...beside('places', placeProblems(entry, { knowsCity: context.knowsCity })));
  const facts = campaignFacts(entry);
  const twins = facts ? context.campaigns.filter((campaign) => isLikelyTwin(facts, campaign)) : [];
  if (twins.length)
    problems.push({
      ...duplicateWarning(entry, twins),
      rule: 'duplicate-campaigns',
      input: 'issues',
      twin: { id: twins[0]!.id, title: twins[0]!.title },
    });
  return problems;
}
