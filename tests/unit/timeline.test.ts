/**
 * A campaign's timeline: its steps and wins in order, the statuses they allow, the decision a decided campaign
 * rests on, and the friendly messages for timelines and disputed values written wrongly.
 */
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, problemsFromZod } from '../../src/lib/problems.ts';
import { campaignTimeline, decision, quietSince, statusesAllowedBy } from '../../src/lib/timeline.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { campaignSchema, type Campaign } from '../../src/schemas/index.ts';
import { campaignFile, makeSite } from '../helpers/temp-site.ts';

const base = {
  title: 'T',
  summary: 'S',
  city: 'Durham',
  state: 'NC',
  issues: ['ceasefire'],
  targets: ['Durham City Council'],
  sources: [
    { url: 'https://example.org/a', publisher: 'A' },
    { url: 'https://example.org/b', publisher: 'B' },
  ],
  updated: '2026-01-01',
};
const campaign = (fields: Record<string, unknown>): Campaign =>
  campaignSchema.parse({ ...base, status: 'active', ...fields });
const win = (id: string, date: string, outcome: 'won' | 'partial' = 'won') => ({
  id,
  data: { date, body: 'Durham City Council', outcome, title: `Win ${id}` },
});

describe('a campaign timeline', () => {
  it('puts steps and wins in date order, keeping an undated step after the step written before it', () => {
    const steps = campaignTimeline(
      campaign({
        timeline: [
          { date: '2024-01-09', event: 'failed', vote: '2-5' },
          { event: 'other', note: 'a new draft' },
          { date: '2024-03', event: 'introduced' },
        ],
      }),
      [win('passed-in-march', '2024-03-18')],
    );
    expect(steps.map((step) => [step.event, step.win ?? step.note ?? ''])).toEqual([
      ['failed', ''],
      ['other', 'a new draft'],
      ['introduced', ''],
      ['passed', 'passed-in-march'],
    ]);
    expect(steps[0]!.body).toBe('Durham City Council');
  });

  it('allows only the statuses its last decision leaves open', () => {
    const rejected = campaignTimeline(campaign({ timeline: [{ date: '2024-01', event: 'failed' }] }));
    expect(statusesAllowedBy(rejected)).toEqual(['lost', 'active', 'paused']);
    const thenWon = campaignTimeline(campaign({ timeline: [{ date: '2024-01', event: 'failed' }] }), [
      win('w', '2024-03'),
    ]);
    expect(statusesAllowedBy(thenWon)).toEqual(['won', 'partial', 'active']);
    expect(statusesAllowedBy(campaignTimeline(campaign({}), [win('w', '2024', 'partial')]))).toEqual([
      'partial',
      'active',
    ]);
    expect(statusesAllowedBy(campaignTimeline(campaign({})))).toEqual(['active', 'paused']);
  });

  it('reads a measure the campaign opposes the other way round', () => {
    const adopted = campaignTimeline(campaign({ opposing: true, timeline: [{ date: '2016-09-14', event: 'passed' }] }));
    expect(statusesAllowedBy(adopted)).toEqual(['lost', 'active', 'paused']);
    const defeated = campaignTimeline(campaign({ opposing: true, timeline: [{ date: '2016', event: 'withdrawn' }] }));
    expect(statusesAllowedBy(defeated)).toEqual(['won', 'partial', 'active']);
  });

  it('gives a decided campaign the date and vote of its last decision, disputed values included', () => {
    const vote = [
      { value: '5-2', sources: ['https://example.org/a'] },
      { value: '4-2', sources: ['https://example.org/b'] },
    ];
    const steps = campaignTimeline(campaign({ timeline: [{ date: '2024-05-06', event: 'withdrawn', vote }] }));
    expect(decision('lost', steps)).toEqual({ date: '2024-05-06', vote: { disputed: vote } });
    expect(decision('active', steps)).toEqual({});
  });

  it('takes the vote, not the later step that carried it out, as the decision', () => {
    const signed = campaignTimeline(
      campaign({
        timeline: [
          { date: '2023-12-12', event: 'passed', vote: '4-3' },
          { date: '2024-03-07', event: 'implemented', note: 'the first sign went up' },
        ],
      }),
    );
    expect(decision('won', signed)).toEqual({ date: '2023-12-12', vote: '4-3' });
    const onlyCarriedOut = campaignTimeline(campaign({ timeline: [{ date: '2025-02', event: 'implemented' }] }));
    expect(decision('partial', onlyCarriedOut)).toEqual({ date: '2025-02', vote: undefined });
    const reversedThenDone = campaignTimeline(
      campaign({
        timeline: [
          { date: '2024-01', event: 'rescinded' },
          { date: '2024-06', event: 'implemented' },
        ],
      }),
    );
    expect(decision('won', reversedThenDone)).toEqual({ date: '2024-06', vote: undefined });
  });
});

describe('a campaign gone quiet', () => {
  it('is one whose latest news was a year old or more when the entry was last checked', () => {
    expect(quietSince('2024-01', '2026-12-07')).toBe('2024-01');
    expect(quietSince('2025-12', '2026-12-07')).toBe('2025-12');
    expect(quietSince('2026-01', '2026-12-07')).toBeUndefined();
    // Checked soon after the news, it is not quiet, however long ago that check was.
    expect(quietSince('2024-01-18', '2024-06-01')).toBeUndefined();
    expect(quietSince(undefined, '2026-12-07')).toBeUndefined();
  });
});

describe('checks on timelines and disputed values', () => {
  const lines = (frontMatter: string) => {
    const source = `---\n${frontMatter}\n---\n`;
    const { entry } = parseContentFile(source, {
      collection: 'campaigns',
      slug: 'x',
      extension: '.mdx',
      file: 'content/campaigns/x.mdx',
    });
    const result = COLLECTIONS.campaigns.schema.safeParse(entry!.data);
    return result.success
      ? []
      : problemsFromZod(result.error.issues, { file: 'content/campaigns/x.mdx', locate: entry!.locate }).map(
          formatProblem,
        );
  };
  const head = `title: T\nsummary: S\ncity: Durham\nstate: NC\nissues: [ceasefire]\nstatus: lost\ntargets: [Council]\nupdated: 2026-01-01\nsources:\n  - url: https://example.org/a\n    publisher: A`;

  it('explain an unknown event, a disputed value with one alternative, and a source missing from the list', () => {
    expect(
      lines(`${head}
timeline:
  - date: 2024-01-09
    event: voted
  - date: 2024-02
    event: failed
    vote:
      - value: 5-2
        sources: [https://example.org/a]
  - date:
      - value: 2024-03-01
        sources: [https://example.org/a]
      - value: 2024-03-02
        sources: [https://example.org/elsewhere]
    event: failed`),
    ).toMatchSnapshot();
  });

  it('report a status the timeline contradicts, and only warn when no decision is written', () => {
    const contradicted = campaignFile({
      status: 'won',
      timeline: '\n  - date: 2024-01-09\n    event: failed',
      sources: '\n  - url: https://example.org/a\n    publisher: A',
    });
    const undecided = campaignFile({
      city: 'Chicago',
      status: 'lost',
      sources: '\n  - url: https://example.org/a\n    publisher: A',
    });
    const { problems } = validateContent({
      root: makeSite({ 'campaigns/contradicted.mdx': contradicted, 'campaigns/undecided.mdx': undecided }),
    });
    expect(problems.map(formatProblem)).toMatchSnapshot();
  });
});
