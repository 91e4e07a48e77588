import { describe, expect, it } from 'vitest';
import { campaignFile } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

describe('references', () => {
  it('reports a win that names a missing campaign, and suggests the closest one', () => {
    const win = `---
title: A win
date: 2025-06
campaign: springfield-divestmnt
body: Springfield City Council
kind: resolution
summary: A made-up win.
sources:
  - url: https://example.org/a
    publisher: Example News
updated: 2026-01-01
---
`;
    expect(problemsIn({ 'wins/broken-reference.mdx': win })).toEqual([
      'content/wins/broken-reference.mdx:4:1  campaign  "springfield-divestmnt" is not a campaign on the site — use the file name of a campaign in content/campaigns/, without .mdx (did you mean "springfield-divestment"?); if the campaign is new, add its file too',
    ]);
  });

  it('reports a campaign that names a missing company, at the line of the list item', () => {
    const file = campaignFile({ companies: '\n  - example-corp\n  - acme-weapons' });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:12:5  companies[1]  "acme-weapons" is not a company on the site — use the file name of a company in content/companies/; if it is new, add content/companies/acme-weapons.md with its sources',
    ]);
  });
});
