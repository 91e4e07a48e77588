import { describe, expect, it } from 'vitest';
import { byReadingOrder, neighbours, relatedContent } from '../../src/lib/toolkits.ts';
import { campaignSchema, toolkitSchema, winSchema } from '../../src/schemas/index.ts';

const toolkit = (id: string, stage: string, order: number) => ({
  id,
  data: toolkitSchema.parse({
    title: id,
    summary: 'S',
    stage,
    topics: ['research'],
    readingLevel: 'introductory',
    updated: '2026-01-01',
    order,
  }),
});
const campaign = (id: string, issues: string[], latest?: string) => ({
  id,
  latest,
  data: campaignSchema.parse({
    title: id,
    summary: 'S',
    city: 'Durham',
    state: 'NC',
    issues,
    status: 'active',
    targets: ['B'],
    updated: '2026-01-01',
  }),
});

describe('toolkits', () => {
  it('read in stage order, then by order', () => {
    const toolkits = [
      toolkit('defend-1', 'defend', 1),
      toolkit('start-2', 'start', 2),
      toolkit('research-1', 'research', 1),
      toolkit('start-1', 'start', 1),
    ];
    expect(toolkits.sort(byReadingOrder).map((g) => g.id)).toEqual(['start-1', 'start-2', 'research-1', 'defend-1']);
    expect(neighbours(toolkits, 'start-2')).toEqual({ previous: toolkits[0], next: toolkits[2] });
    expect(neighbours(toolkits, 'start-1').previous).toBeUndefined();
    expect(neighbours(toolkits, 'defend-1').next).toBeUndefined();
  });

  it('relate to the campaigns they cite first, then to campaigns with wins on their issues', () => {
    const campaigns = [
      campaign('cited', ['ceasefire']),
      campaign('shares-issue', ['divestment'], '2024-01'),
      campaign('newer', ['divestment'], '2025-01'),
      campaign('no-win', ['divestment']),
      campaign('other-issue', ['sister-city'], '2025-06'),
    ];
    const wins = [
      {
        id: 'a-win',
        data: winSchema.parse({
          title: 'W',
          date: '2024',
          campaign: 'cited',
          body: 'B',
          kind: 'policy',
          summary: 'S',
          sources: [{ url: 'https://e.org', publisher: 'P' }],
          updated: '2026-01-01',
        }),
      },
    ];
    const body = 'See [the campaign](/campaigns/cited/) and [its win](/wins/a-win/).';
    const related = relatedContent({ body, data: { issues: ['divestment'] } }, campaigns, wins, 3);
    expect(related.campaigns.map((c) => c.id)).toEqual(['cited', 'newer', 'shares-issue']);
    expect(related.wins.map((w) => w.id)).toEqual(['a-win']);
  });
});
