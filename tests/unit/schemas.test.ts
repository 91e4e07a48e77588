import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, problemsFromZod } from '../../src/lib/problems.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { campaignSchema, companySchema, toolkitSchema, winSchema } from '../../src/schemas/index.ts';

/** The friendly lines a contributor would see for a file, exactly as the validator prints them. */
function linesFor(collection: CollectionName, source: string): string[] {
  const file = `content/${collection}/example.mdx`;
  const { entry, problems } = parseContentFile(source, { collection, slug: 'example', extension: '.mdx', file });
  if (!entry) return problems.map(formatProblem);
  const definition = COLLECTIONS[collection];
  const result = definition.schema.safeParse(entry.data);
  if (result.success) return [];
  return problemsFromZod(result.error.issues, { file, locate: entry.locate, knownFields: definition.fields }).map(
    formatProblem,
  );
}

describe('campaign schema', () => {
  it('accepts the contract example from DESIGN.md, keeping partial dates as written', () => {
    const result = campaignSchema.parse({
      title: 'End police exchanges in Durham',
      summary: 'One sentence saying what the campaign asks of whom.',
      city: 'Durham',
      state: 'NC',
      level: 'city',
      issues: ['police-exchange'],
      status: 'won',
      targets: ['Durham City Council'],
      coalition: 'Demilitarize! Durham2Palestine',
      companies: [],
      started: '2017-10',
      coordinates: [35.994, -78.8986],
      website: 'https://example.org',
      contact: 'https://example.org/contact',
      sources: [
        {
          url: 'http://example.org/news/story',
          title: 'Headline',
          publisher: 'Example News',
          date: new Date('2018-04-18'),
        },
      ],
      updated: new Date('2026-11-29'),
    });
    expect(result.started).toBe('2017-10');
    expect(result.sources[0]?.date).toBe('2018-04-18');
    expect(result.updated).toBe('2026-11-29');
    expect(result.coordinates).toEqual([35.99, -78.9]);
  });

  it('fills in defaults for optional lists and the level', () => {
    const result = campaignSchema.parse({
      title: 'T',
      summary: 'S',
      city: 'Durham',
      state: 'NC',
      issues: ['ceasefire'],
      status: 'active',
      targets: ['Durham City Council'],
      updated: '2026-11-29',
    });
    expect(result).toMatchObject({ level: 'city', companies: [], sources: [] });
  });

  it('lets statewide, county and statewide union campaigns leave out the city', () => {
    for (const level of ['state', 'union'] as const)
      expect(
        campaignSchema.safeParse({
          title: 'T',
          summary: 'S',
          state: 'OR',
          level,
          issues: ['divestment'],
          status: 'active',
          targets: ['B'],
          updated: '2026-11-29',
        }).success,
      ).toBe(true);
  });

  it('accepts a role e-mail address as the contact', () => {
    const base = {
      title: 'T',
      summary: 'S',
      city: 'Durham',
      state: 'NC',
      issues: ['ceasefire'],
      status: 'active',
      targets: ['B'],
      updated: '2026-11-29',
    };
    expect(campaignSchema.safeParse({ ...base, contact: 'info@example.org' }).success).toBe(true);
    expect(campaignSchema.safeParse({ ...base, contact: 'mailto:info@example.org' }).success).toBe(true);
    expect(campaignSchema.safeParse({ ...base, contact: 'call us' }).success).toBe(false);
  });

  it('explains every mistake in a file in plain words, with the line of each field', () => {
    const source = `---
title: ${'A very long title '.repeat(8)}
summary: Asks the council to divest.
citty: Durham
state: North Carolina
level: town
issues: divestment
status: winning
targets: []
started: 2018-13
coordinates: [35.99]
website: http://example.org
contact: javascript:alert(document.cookie)
sources:
  - url: example.org/story
  - url: https://example.org/other
    title: ""
updated: 29/11/2026
---
`;
    expect(linesFor('campaigns', source)).toMatchSnapshot();
  });

  it('says what is missing from an empty campaign', () => {
    expect(linesFor('campaigns', '---\nstatus: won\n---\n')).toMatchSnapshot();
  });
});

describe('win schema', () => {
  it('accepts a partial win at month precision', () => {
    const result = winSchema.parse({
      title: 'Council drops corporate securities',
      date: '2017-04',
      campaign: 'occupation-free-portland',
      body: 'Portland City Council',
      kind: 'divestment',
      outcome: 'partial',
      summary: 'S',
      sources: [{ url: 'https://example.org', publisher: 'P' }],
      updated: '2026-01-01',
    });
    expect(result).toMatchObject({ date: '2017-04', outcome: 'partial' });
  });

  it('explains a win without sources and with a bad campaign reference', () => {
    expect(
      linesFor(
        'wins',
        '---\ntitle: Win\ndate: 2018\ncampaign: Durham Police\nbody: Council\nkind: vote\nsummary: S\nsources: []\n---\n',
      ),
    ).toMatchSnapshot();
  });
});

describe('company and toolkit schemas', () => {
  it('accepts a company with aliases', () => {
    const result = companySchema.parse({
      name: 'HP',
      summary: 'S',
      sectors: ['technology'],
      aliases: ['HP Inc.'],
      sources: [{ url: 'https://example.org', publisher: 'P' }],
      updated: '2026-11-29',
    });
    expect(result.aliases).toEqual(['HP Inc.']);
  });

  it('explains a toolkit with an unknown stage and reading level', () => {
    expect(
      linesFor(
        'toolkits',
        '---\ntitle: Toolkit\nsummary: S\nstage: begin\ntopics: [Getting Started]\nreadingLevel: easy\nupdated: 2026-11-29\n---\n',
      ),
    ).toMatchSnapshot();
  });

  it('orders toolkits by `order`, defaulting to 100', () => {
    const result = toolkitSchema.parse({
      title: 'G',
      summary: 'S',
      stage: 'start',
      topics: ['drafting'],
      readingLevel: 'introductory',
      updated: '2026-11-29',
    });
    expect(result.order).toBe(100);
  });
});

describe('front-matter that YAML cannot read', () => {
  it('points at the line and says how to fix it', () => {
    expect(linesFor('campaigns', '---\ntitle: Durham: a story\nstate: NC\n---\n')).toMatchSnapshot();
  });

  it('asks for front-matter when there is none', () => {
    expect(linesFor('campaigns', '# Just a heading\n')).toMatchSnapshot();
  });
});
