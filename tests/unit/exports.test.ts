/**
 * The open-data records: a decided campaign's decision without a join, every reported value of a disputed fact
 * (never one picked), one row per timeline step in events.csv, and CSV cells a spreadsheet can't run.
 */
import { describe, expect, it } from 'vitest';
import { joinContent } from '../../src/lib/site-content.ts';
import { z } from 'zod';
import { campaignRecord, eventRows, toCsv, winRecord } from '../../src/lib/exports.ts';
import { decodeMapData, encodeMapData, mapCampaign } from '../../src/lib/map-data.ts';
import { LEVELS, STATE_CODES } from '../../src/schemas/constants.ts';
import { campaignRecordSchema, eventRowSchema, winRecordSchema } from '../../src/schemas/export.ts';
import { campaignSchema, winSchema } from '../../src/schemas/index.ts';

const sources = [
  { url: 'https://example.org/a', publisher: 'A' },
  { url: 'https://example.org/b', publisher: 'B' },
];
const lasCruces = {
  id: 'las-cruces-ceasefire',
  data: campaignSchema.parse({
    title: 'A ceasefire resolution in Las Cruces',
    summary: 'S',
    city: 'Las Cruces',
    state: 'NM',
    issues: ['ceasefire'],
    status: 'lost',
    targets: ['Las Cruces City Council'],
    timeline: [
      {
        date: '2024-05-06',
        event: 'withdrawn',
        vote: [
          { value: '5-2', sources: ['https://example.org/a'] },
          { value: '4-2', sources: ['https://example.org/b'] },
        ],
      },
    ],
    sources,
    updated: '2026-01-01',
  }),
};
const durham = {
  id: 'durham-police-exchange',
  data: campaignSchema.parse({
    title: '=HYPERLINK("https://evil.example")',
    summary: 'S',
    city: 'Durham',
    state: 'NC',
    level: 'city',
    issues: ['police-exchange'],
    status: 'won',
    targets: ['@Durham City Council'],
    sources,
    updated: '2026-01-01',
  }),
};
const durhamWin = {
  id: 'durham-bans-police-exchanges-2018',
  data: winSchema.parse({
    title: 'Durham ends police exchanges',
    date: '2018-04-16',
    campaign: 'durham-police-exchange',
    body: 'Durham City Council',
    kind: 'policy',
    vote: '6-0',
    summary: 'S',
    sources,
    updated: '2026-01-01',
  }),
};
const content = joinContent({ campaigns: [lasCruces, durham], wins: [durhamWin], companies: [], toolkits: [] });
const record = (id: string) =>
  campaignRecord(
    content.campaignById.get(id)!,
    `https://site/campaigns/${id}/`,
    (content.winsByCampaign.get(id) ?? []).map((win) => win.id),
  );

describe('the campaign records', () => {
  it('carry the decision of a won campaign from its win, and its level', () => {
    expect(record('durham-police-exchange')).toMatchObject({
      decided: '2018-04-16',
      vote: '6-0',
      level: 'city',
      disputed: [],
    });
  });

  it('give every value sources report for a disputed vote, and say where the dispute is', () => {
    const lost = record('las-cruces-ceasefire');
    expect(lost).toMatchObject({ decided: '2024-05-06', vote: '5-2 | 4-2', disputed: ['vote', 'timeline[0].vote'] });
    expect(lost.disputes[0]).toEqual({
      field: 'vote',
      values: [
        { value: '5-2', sources: ['https://example.org/a'] },
        { value: '4-2', sources: ['https://example.org/b'] },
      ],
    });
  });

  it('become one events.csv row per step, with the place beside it', () => {
    const rows = eventRows([record('las-cruces-ceasefire'), record('durham-police-exchange')]);
    expect(rows.map((row) => [row.campaign, row.event, row.vote, row.disputed])).toEqual([
      ['las-cruces-ceasefire', 'withdrawn', '5-2 | 4-2', ['vote']],
      ['durham-police-exchange', 'passed', '6-0', []],
    ]);
    expect(rows[1]).toMatchObject({
      place: 'Durham, NC',
      level: 'city',
      win: 'durham-bans-police-exchanges-2018',
      outcome: 'won',
    });
  });
});

describe('the export schemas', () => {
  it('describe exactly the records the site writes', () => {
    for (const id of ['durham-police-exchange', 'las-cruces-ceasefire'])
      expect(() => campaignRecordSchema.strict().parse(record(id))).not.toThrow();
    const win = winRecord(durhamWin, 'https://site/wins/x/', content.campaignById.get('durham-police-exchange')!);
    expect(() => winRecordSchema.strict().parse(win)).not.toThrow();
    for (const row of eventRows([record('las-cruces-ceasefire')]))
      expect(() => eventRowSchema.strict().parse(row)).not.toThrow();
  });

  it('take the campaign’s fields from the content schema: its values, optional as null, not its writing rules', () => {
    const { properties } = z.toJSONSchema(campaignRecordSchema) as { properties: Record<string, unknown> };
    expect(properties['state']).toEqual({ type: 'string', enum: STATE_CODES, description: 'USPS code.' });
    expect(properties['level']).toEqual({ type: 'string', enum: [...LEVELS] });
    expect(properties['city']).toEqual({ type: ['string', 'null'] });
    // Lengths and trimming are rules for contributors; the data promises text.
    expect(properties['title']).toEqual({ type: 'string' });
    expect(properties['targets']).toEqual({ type: 'array', items: { type: 'string' } });
    expect(() => campaignRecordSchema.shape.state.parse('XX')).toThrow();
  });
});

describe('the map record', () => {
  it('keeps what the map shows of a placed campaign, through the packed file', () => {
    const durhamOnMap = mapCampaign(content.campaignById.get('durham-police-exchange')!);
    expect(durhamOnMap).toEqual({
      id: 'durham-police-exchange',
      title: '=HYPERLINK("https://evil.example")',
      place: 'Durham, NC',
      lat: content.campaignById.get('durham-police-exchange')!.coordinates[0],
      lng: content.campaignById.get('durham-police-exchange')!.coordinates[1],
      status: 'won',
      level: 'city',
      issues: ['police-exchange'],
      state: 'NC',
      companies: [],
    });
    expect(decodeMapData(encodeMapData([durhamOnMap]))).toEqual([durhamOnMap]);
  });
});

describe('CSV cells', () => {
  it('start text that a spreadsheet would run as a formula with an apostrophe, and leave numbers alone', () => {
    const win = winRecord(durhamWin, 'https://site/wins/x/', content.campaignById.get('durham-police-exchange')!);
    const text = toCsv([{ ...record('durham-police-exchange'), latitude: -1.5 }], ['title', 'targets', 'latitude']);
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""https://evil.example"")",'@Durham City Council,-1.5`);
    expect(toCsv([{ a: '+1', b: '-2', c: 'plain', d: '\tx' }], ['a', 'b', 'c', 'd']).split('\r\n')[1]).toBe(
      `'+1,'-2,plain,'\tx`,
    );
    expect(win.updated).toBe('2026-01-01');
  });
});
