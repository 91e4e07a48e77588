import { describe, expect, it } from 'vitest';
import { problemsIn } from './problems-in.ts';

describe('issue pages', () => {
  it('reports a missing issue page and a page for an issue that does not exist', () => {
    expect(problemsIn({ 'issues/ceasefire.mdx': null })).toEqual([
      'content/issues/ceasefire.mdx:1:1  (file)  is missing — write the explainer page for the issue "ceasefire"',
    ]);
    const extra = '---\nsummary: Something else.\nupdated: 2026-01-01\n---\n';
    expect(problemsIn({ 'issues/housing.mdx': extra })).toEqual([
      "content/issues/housing.mdx:1:1  (file)  is not one of the site's issues — rename it to one of divestment, no-buy, police-exchange, demilitarization, surveillance, skip-the-trip, end-weapons, refugees, right-to-boycott, sister-city, ceasefire, other, or add the issue to src/schemas/issue.ts",
    ]);
  });
});
