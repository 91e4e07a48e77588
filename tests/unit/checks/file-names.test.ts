import { describe, expect, it } from 'vitest';
import { campaignFile } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

describe('file names', () => {
  it('reports two files that would have the same address', () => {
    const problems = problemsIn({ 'campaigns/springfield-divestment.md': campaignFile({}) });
    expect(problems).toEqual([
      'content/campaigns/springfield-divestment.mdx:1:1  (file)  has the same name as content/campaigns/springfield-divestment.md, so both would be campaigns/springfield-divestment — keep one file: merge the two, or rename this one',
    ]);
  });

  it('reports a file name that is not a slug', () => {
    expect(problemsIn({ 'campaigns/Shelbyville Divestment.mdx': campaignFile({}) })).toEqual([
      'content/campaigns/Shelbyville Divestment.mdx:1:1  (file)  has a name that can\'t be a web address: "Shelbyville Divestment" — rename it to shelbyville-divestment.mdx (lowercase letters, digits and hyphens, no folders)',
    ]);
  });

  it('reports a file in a folder the site does not read', () => {
    expect(problemsIn({ 'campaign/shelbyville-divestment.mdx': campaignFile({}) })).toEqual([
      'content/campaign/shelbyville-divestment.mdx:1:1  (file)  is in content/campaign/, which the site does not read — move it to content/campaigns/',
    ]);
  });
});
