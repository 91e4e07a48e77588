import { describe, expect, it } from 'vitest';
import { joinContent, mostRecent } from '../../src/lib/site-content.ts';
import { campaignSchema, companySchema, winSchema } from '../../src/schemas/index.ts';

const campaign = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: campaignSchema.parse({
    title: id,
    summary: 'S',
    issues: ['divestment'],
    status: 'active',
    targets: ['Council'],
    updated: '2026-01-01',
    ...fields,
  }),
});
const win = (id: string, campaignId: string, date: string) => ({
  id,
  data: winSchema.parse({
    title: id,
    date,
    campaign: campaignId,
    body: 'Council',
    kind: 'resolution',
    summary: 'S',
    sources: [{ url: 'https://example.org', publisher: 'P' }],
    updated: '2026-01-01',
  }),
});

describe('joinContent', () => {
  const content = joinContent({
    campaigns: [
      campaign('portland', {
        city: 'Portland',
        state: 'OR',
        companies: ['caterpillar'],
        status: 'won',
        sources: [{ url: 'https://example.org', publisher: 'P' }],
      }),
      campaign('oregon-labor', { state: 'OR', level: 'union', issues: ['divestment', 'surveillance'] }),
      campaign('durham', { city: 'Durham', state: 'NC', issues: ['police-exchange'] }),
    ],
    wins: [win('older', 'portland', '2015-10-07'), win('newer', 'portland', '2017-04')],
    companies: [
      {
        id: 'caterpillar',
        data: companySchema.parse({
          name: 'Caterpillar',
          summary: 'S',
          sectors: ['x'],
          sources: [{ url: 'https://example.org', publisher: 'P' }],
          updated: '2026-01-01',
        }),
      },
    ],
    toolkits: [],
  });

  it('orders campaigns by state name, then place', () => {
    expect(content.campaigns.map((c) => c.id)).toEqual(['durham', 'oregon-labor', 'portland']);
  });

  it('places each campaign and names its place', () => {
    const labor = content.campaignById.get('oregon-labor')!;
    expect(labor.place).toBe('Oregon');
    expect(labor.placeSource).toBe('state-centre');
    expect(content.campaignById.get('durham')!.coordinates).toEqual([36.03, -78.89]);
  });

  it('joins wins to campaigns, states, issues and companies, newest first', () => {
    expect(content.wins.map((w) => w.id)).toEqual(['newer', 'older']);
    expect(content.winsByCampaign.get('portland')!.map((w) => w.id)).toEqual(['newer', 'older']);
    expect(content.winsByState.get('OR')).toHaveLength(2);
    expect(content.winsByCompany.get('caterpillar')).toHaveLength(2);
    expect(content.campaignsByIssue.get('divestment')!.map((c) => c.id)).toEqual(['oregon-labor', 'portland']);
    expect(content.campaignById.get('portland')!.latest).toBe('2017-04');
  });

  it('counts campaigns, states, wins and the campaigns awaiting a decision', () => {
    expect(content.counts).toEqual({ campaigns: 3, states: 2, wins: 2, active: 2 });
  });
});

describe('the most recent campaigns', () => {
  it('come newest first by their latest step, undated ones last, at most as many as asked', () => {
    const campaigns = [
      { id: 'a', latest: '2023-11' },
      { id: 'b', latest: undefined },
      { id: 'c', latest: '2024-03-05' },
      { id: 'd', latest: '2024' },
    ];
    expect(mostRecent(campaigns, 4).map(({ id }) => id)).toEqual(['c', 'd', 'a', 'b']);
    expect(mostRecent(campaigns, 2).map(({ id }) => id)).toEqual(['c', 'd']);
    expect(campaigns.map(({ id }) => id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
