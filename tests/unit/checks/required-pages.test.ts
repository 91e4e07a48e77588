import { describe, expect, it } from 'vitest';
import { problemsIn } from './problems-in.ts';

describe('required pages', () => {
  it('reports a missing page that every page links to', () => {
    expect(problemsIn({ 'pages/contribute.mdx': null })).toEqual([
      'content/pages/contribute.mdx:1:1  (file)  is missing — write the contribute page: every page of the site links to it',
    ]);
  });
});
