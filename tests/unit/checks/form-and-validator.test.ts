/**
 * The form on /contribute/ and `npm run validate` find the same problems in the same file: each faulty draft is
 * written with the scaffold, checked by the form's own check path (with the data the page gives it: the companies,
 * the map's campaigns, the gazetteer's files) and by the validator on the written file, and the two lists compared.
 */
import { describe, expect, it } from 'vitest';
import { formProblems, knownCampaign } from '../../../src/components/contribute/form-problems.ts';
import { cityChunks } from '../../../src/lib/gazetteer.ts';
import { cityChunk, matchCities, normalizeCity } from '../../../src/lib/near-me.ts';
import { locate, placeName } from '../../../src/lib/places.ts';
import { campaignFile, campaignSlug, type CampaignDraft } from '../../../src/lib/scaffold.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import type { Campaign } from '../../../src/schemas/campaign.ts';
import { today, type StateCode } from '../../../src/schemas/constants.ts';
import { t } from '../../../src/i18n/t.ts';
import { makeSite } from '../../helpers/temp-site.ts';

const site = validateContent({ root: makeSite() }).entries;
const chunks = cityChunks();
const context = {
  today: today(),
  companies: new Set(site.filter((entry) => entry.collection === 'companies').map((entry) => entry.slug)),
  knowsCity: (city: string, state: StateCode) =>
    matchCities(chunks.get(cityChunk(normalizeCity(city))) ?? [], { city: normalizeCity(city), state }).length > 0,
  // What src/pages/map/campaigns.json.ts writes for each campaign, and the form reads.
  campaigns: site
    .filter((entry) => entry.collection === 'campaigns')
    .map((entry) => {
      const campaign = entry.parsed as Campaign;
      const [lat, lng] = locate(campaign)!.coordinates;
      return knownCampaign({
        id: entry.slug,
        title: campaign.title,
        place: placeName(campaign),
        lat,
        lng,
        status: campaign.status,
        level: campaign.level,
        issues: campaign.issues,
        state: campaign.state,
        companies: [],
      });
    }),
};

const valid: CampaignDraft = {
  title: 'End police exchanges in Shelbyville',
  summary: 'Asks Shelbyville City Council to end police exchanges.',
  city: 'Shelbyville',
  state: 'IL',
  level: 'city',
  issues: ['police-exchange'],
  status: 'active',
  targets: ['Shelbyville City Council'],
  companies: [],
  sources: [{ url: 'https://example.org/story', title: 'Council hears the call' }],
  body: { asks: 'An end to the exchanges.' },
};

const drafts: Record<string, Partial<CampaignDraft>> = {
  'an unknown company': { companies: ['example-corp', 'acme-weapons'] },
  'a duplicate campaign': {
    title: 'Divest Springfield now',
    city: 'Springfield',
    issues: ['divestment', 'ceasefire'],
    targets: ['Springfield City Council'],
  },
  'an unknown city': { city: 'Nowhereville' },
  'personal details': {
    contact: 'maria.lopez@gmail.com',
    targets: ['Shelbyville City Council', 'Call 217-555-0199'],
    sources: [{ url: 'https://example.org/story', title: 'Organizer at 1200 Maple Avenue' }],
    body: { asks: 'Write to jane.doe@example.org.', happened: 'Call (217) 555-0142.' },
  },
  'a won campaign without a source': { status: 'won', sources: [] },
  'a title too long and a website not https': { title: 'x'.repeat(130), website: 'http://example.org' },
};

type Seen = [field: string, severity: string, message: string];
const seen = (problems: readonly { field: string; severity: string; message: string }[]): Seen[] =>
  problems.map((problem): Seen => [problem.field, problem.severity, problem.message]).sort();

describe('the form and the validator', () => {
  it('find nothing in a valid draft', () => {
    const file = `content/campaigns/${campaignSlug(valid)}.mdx`;
    const written = validateContent({
      root: makeSite({ [file.slice('content/'.length)]: campaignFile(valid, today(), t) }),
    });
    expect(written.problems).toEqual([]);
    expect(formProblems(valid, context)).toEqual([]);
  });

  it.each(Object.entries(drafts))('find the same problems in a draft with %s', (_, change) => {
    const draft = { ...valid, ...change };
    const file = `content/campaigns/${campaignSlug(draft)}.mdx`;
    const root = makeSite({ [file.slice('content/'.length)]: campaignFile(draft, today(), t) });
    const fromValidator = validateContent({ root }).problems.filter((problem) => problem.file === file);
    const fromForm = formProblems(draft, context);
    expect(fromValidator.length).toBeGreaterThan(0);
    expect(seen(fromForm)).toEqual(seen(fromValidator));
    expect(fromForm.every((problem) => problem.file === file)).toBe(true);
  });

  it('put each problem beside the control that holds the field', () => {
    const inputs = formProblems({ ...valid, ...drafts['personal details'] }, context).map((problem) => problem.input);
    expect(inputs.sort()).toEqual(['body.asks', 'body.happened', 'contact', 'sources.0.title', 'targets']);
  });
});
