import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

const fixture = readFileSync(
  join(PROJECT_ROOT, 'tests/fixtures/minimal-site/content/campaigns/springfield-divestment.mdx'),
  'utf8',
);

describe('statuses', () => {
  it('accepts a won campaign that a win names, and refuses it marked lost', () => {
    expect(problemsIn({})).toEqual([]);
    const lost = problemsIn({ 'campaigns/springfield-divestment.mdx': fixture.replace('status: won', 'status: lost') });
    expect(lost).toEqual([
      'content/campaigns/springfield-divestment.mdx:7:1  status  is lost, but the last decision in its timeline is "passed" (the win springfield-divests-2025) — set status to won, partial or active, or add the later decision to the timeline',
    ]);
  });
});
