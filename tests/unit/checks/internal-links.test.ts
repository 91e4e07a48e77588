import { describe, expect, it } from 'vitest';
import { campaignFile } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

describe('internal links', () => {
  it('reports a link to a page of the site that does not exist', () => {
    const file = campaignFile(
      {},
      'See [the win](/wins/springfield-divests-2024/) and [the issue](/issues/divestment/).',
    );
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:12:5  (body)  links to /wins/springfield-divests-2024/, which is not a page on the site — did you mean /wins/springfield-divests-2025/? Check the file name of the page you mean',
    ]);
  });
});
