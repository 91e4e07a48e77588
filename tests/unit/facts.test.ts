/**
 * Nothing lost between the reference records (tests/reference/campaign-facts.json) and the site's content: every
 * record is on the site with all of its sources, and its outcome, dates and votes were carried over exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { campaignSchema, winSchema, type Campaign, type Win } from '../../src/schemas/index.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { campaignTimeline } from '../../src/lib/timeline.ts';
import { isDisputed, reportedValues } from '../../src/schemas/reported.ts';

interface FactRecord {
  id: string;
  city: string | null;
  state: string;
  outcome: 'won' | 'partial' | 'lost' | 'ongoing';
  decision_date: string | null;
  vote: string | null;
  sources: { url: string; publisher: string; title: string | null; date: string | null }[];
}

const records: FactRecord[] = JSON.parse(readFileSync(`${PROJECT_ROOT}/tests/reference/campaign-facts.json`, 'utf8'));
const { entries } = readContentFiles(PROJECT_ROOT);
const campaigns = entries
  .filter((e) => e.collection === 'campaigns')
  .map((e) => ({ id: e.slug, data: campaignSchema.parse(e.data) as Campaign }));
const wins = entries
  .filter((e) => e.collection === 'wins')
  .map((e) => ({ id: e.slug, data: winSchema.parse(e.data) as Win }));
const urls = (sources: readonly { url: string }[]) => new Set(sources.map((source) => source.url));

/** The campaign that carries every source of a record. */
function campaignOf(record: FactRecord) {
  return campaigns.filter((campaign) => record.sources.every((source) => urls(campaign.data.sources).has(source.url)));
}

describe('the reference records', () => {
  it('are all here: 69 records', () => {
    expect(records).toHaveLength(69);
  });

  it.each(records.map((record) => [record.id, record] as const))(
    '%s is one campaign, with all its sources',
    (_id, record) => {
      const found = campaignOf(record);
      expect(found.map((campaign) => campaign.id)).toHaveLength(1);
      const campaign = found[0]!;
      expect(campaign.data.state).toBe(record.state);
      for (const source of record.sources) {
        const written = campaign.data.sources.find((candidate) => candidate.url === source.url)!;
        expect(written.publisher ?? null, source.url).toBe(source.publisher);
        expect(written.title ?? null, source.url).toBe(source.title);
        expect(written.date ?? null, source.url).toBe(source.date);
      }
    },
  );

  it.each(records.filter((r) => r.outcome === 'won' || r.outcome === 'partial').map((r) => [r.id, r] as const))(
    '%s is a win with its outcome, date and vote',
    (_id, record) => {
      const campaign = campaignOf(record)[0]!;
      const candidates = wins.filter((win) => win.data.campaign === campaign.id);
      const win = candidates.find((candidate) =>
        record.sources.some((source) => urls(candidate.data.sources).has(source.url)),
      );
      expect(win, `no win of ${campaign.id} cites ${record.id}'s sources`).toBeDefined();
      expect(win!.data.outcome).toBe(record.outcome === 'partial' ? 'partial' : 'won');
      // A date may have become more precise since the record was compiled, never different.
      if (record.decision_date)
        expect(reportedValues(win!.data.date).join()).toMatch(new RegExp(`^${record.decision_date}`));
      // A vote the record leaves out because sources disagree is either absent or listed with every value.
      if (record.vote !== null) expect(win!.data.vote && reportedValues(win!.data.vote)).toContain(record.vote);
      else if (win!.data.vote !== undefined && !isDisputed(win!.data.vote)) {
        // A vote the record lacks may come only from a source found since, never from the record's own sources.
        const recordUrls = urls(record.sources);
        expect(win!.data.sources.some((source) => !recordUrls.has(source.url))).toBe(true);
      }
    },
  );

  it.each(records.filter((r) => r.outcome === 'lost' || r.outcome === 'ongoing').map((r) => [r.id, r] as const))(
    '%s keeps its outcome, date and vote',
    (_id, record) => {
      const campaign = campaignOf(record)[0]!;
      const alone = records.filter((other) => campaignOf(other)[0]?.id === campaign.id).length === 1;
      if (!alone) return; // a loss inside a campaign that later won is told in the campaign's text (Boulder 2013)
      expect(campaign.data.status).toBe(record.outcome === 'lost' ? 'lost' : 'active');
      // The record's decision is now a step of the timeline (a date may be more precise, never different), and
      // every count in the record's vote is the vote of some step.
      const steps = campaignTimeline(campaign.data, []);
      const dates = steps.flatMap((step) => (step.date ? reportedValues(step.date) : []));
      const votes = steps.flatMap((step) => (step.vote ? reportedValues(step.vote) : []));
      if (record.decision_date)
        expect(
          dates.some((date) => date.startsWith(record.decision_date!)),
          dates.join(),
        ).toBe(true);
      else expect(dates).toEqual([]);
      const counts = record.vote?.match(/\d[\d,]*-\d[\d,]*/g) ?? (record.vote ? [record.vote] : []);
      for (const count of counts)
        expect(
          votes.some((vote) => vote.startsWith(count)),
          `${count} in ${votes.join()}`,
        ).toBe(true);
    },
  );

  it('every won or partial record has a win of its own, plus the one win the seed text adds', () => {
    const decided = records.filter((r) => r.outcome === 'won' || r.outcome === 'partial');
    const winOf = (record: FactRecord) =>
      wins.find(
        (win) =>
          win.data.campaign === campaignOf(record)[0]?.id &&
          record.sources.some((source) => urls(win.data.sources).has(source.url)),
      )?.id;
    const matched = decided.map(winOf);
    expect(matched.filter(Boolean)).toHaveLength(decided.length);
    expect(new Set(matched).size).toBe(decided.length);
    const seedWins = wins.filter((win) =>
      win.data.sources.every((source) => source.url === 'https://uscpr.org/campaigns/cities-for-palestine/'),
    );
    expect(seedWins.map((win) => win.id)).toEqual(['oregon-afscme-nso-group-resolution-2022']);
  });
});

describe('the record as a whole', () => {
  it('has no problems and no warnings: every decided campaign shows the decision it rests on', () => {
    const { problems } = validateContent({ root: PROJECT_ROOT, bodies: false });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('gives every campaign and win a Spanish and an Arabic summary', () => {
    const untranslated = [...campaigns, ...wins]
      .filter((entry) => !entry.data.translations?.es || !entry.data.translations.ar)
      .map((entry) => entry.id);
    expect(untranslated).toEqual([]);
  });
});
