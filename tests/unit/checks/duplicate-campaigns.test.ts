import { describe, expect, it } from 'vitest';
import { isLikelyTwin, placeKey, type CampaignFacts } from '../../../src/lib/checks/duplicate-campaigns.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import { campaignFile, makeSite } from '../../helpers/temp-site.ts';

describe('duplicate campaigns', () => {
  it('warns about a likely duplicate, naming the other file, without failing', () => {
    const twin = campaignFile({
      title: 'Divest Springfield now',
      city: 'Springfield',
      state: 'IL',
      targets: '[Springfield City Council]',
      issues: '[divestment, ceasefire]',
    });
    const { problems } = validateContent({ root: makeSite({ 'campaigns/springfield-divest-now.mdx': twin }) });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/campaigns/springfield-divest-now.mdx',
          line: 6,
          field: 'issues',
          severity: 'warning',
          message: expect.stringContaining(
            'looks like the same campaign as content/campaigns/springfield-divestment.mdx',
          ),
        }),
        expect.objectContaining({ file: 'content/campaigns/springfield-divestment.mdx', severity: 'warning' }),
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('tells campaigns apart by decision-maker and years only where both are known', () => {
    const durham: CampaignFacts = {
      file: 'a',
      place: placeKey('Durham', 'NC', undefined),
      target: 'durham city council',
      issues: ['police-exchange'],
      years: [2018],
    };
    expect(durham.place).toBe('durham|nc|city');
    expect(isLikelyTwin(durham, { ...durham, file: 'b' })).toBe(true);
    expect(isLikelyTwin(durham, { ...durham, target: 'durham county commission' })).toBe(false);
    expect(isLikelyTwin(durham, { ...durham, target: undefined })).toBe(true);
    expect(isLikelyTwin(durham, { ...durham, years: [2023] })).toBe(false);
    expect(isLikelyTwin(durham, { ...durham, years: [] })).toBe(true);
    expect(isLikelyTwin(durham, { ...durham, issues: ['divestment'] })).toBe(false);
    expect(isLikelyTwin(durham, { ...durham, place: placeKey('Durham', 'NC', 'county') })).toBe(false);
  });
});
