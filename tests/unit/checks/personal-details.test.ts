import { describe, expect, it } from 'vitest';
import { personalDetails } from '../../../src/lib/checks/personal-details.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import { campaignFile, makeSite } from '../../helpers/temp-site.ts';

describe('personal details', () => {
  it('lets role addresses through and stops personal ones', () => {
    const allowed = validateContent({
      root: makeSite({ 'campaigns/shelbyville.mdx': campaignFile({ contact: 'info@shelbyvillecoalition.org' }) }),
    });
    expect(allowed.problems).toEqual([]);
    const personal = validateContent({
      root: makeSite({ 'campaigns/shelbyville.mdx': campaignFile({ contact: 'mailto:maria.lopez@example.org' }) }),
    });
    expect(personal.problems.map((problem) => problem.field)).toEqual(['contact']);
  });

  it('walks every text field, however deep, and points into the body at the line and column', () => {
    const source = '---\ntitle: x\n---\n\nFirst line.\nCall (217) 555-0142.\n';
    const problems = personalDetails.check({
      file: 'content/campaigns/x.mdx',
      data: { targets: ['Council'], sources: [{ url: 'https://example.org/', title: 'Call 919-555-0123' }] },
      source,
      body: source.slice(source.indexOf('\n\n') + 1),
      locate: (path) => (path.join('.') === 'sources.0.title' ? { line: 9, column: 5 } : undefined),
    });
    expect(problems.map(({ field, line, column }) => [field, line, column])).toEqual([
      ['sources[0].title', 9, 5],
      ['(body)', 6, 6],
    ]);
  });
});
