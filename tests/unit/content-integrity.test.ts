import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/integrations/content-integrity.ts';
import type { Problem } from '../../src/lib/problems.ts';

const problem = (severity: Problem['severity'], field: string): Problem => ({
  file: 'content/campaigns/x.mdx',
  line: 3,
  field,
  message: `${field} is wrong — fix it`,
  severity,
});

describe('what the content checks mean for a build', () => {
  it('stops it with every error and no warning', () => {
    const { errors, warnings } = buildReport([problem('warning', 'title'), problem('error', 'state')]);
    expect(warnings).toBeUndefined();
    expect(errors).toContain('1 problem in content/:');
    expect(errors).toContain('state is wrong');
    expect(errors).not.toContain('title is wrong');
  });

  it('lets it go on, with the warnings to print, when nothing is an error', () => {
    expect(buildReport([problem('warning', 'title')])).toEqual({ warnings: expect.stringContaining('1 warning') });
    expect(buildReport([])).toEqual({});
  });
});
