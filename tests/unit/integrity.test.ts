/**
 * The validator on the minimal fixture site with one file changed: problems its schema finds, each at its line.
 * The rules of src/lib/checks/ have a test file each, in tests/unit/checks/.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { campaignFile, makeSite } from '../helpers/temp-site.ts';

function problemsIn(files: Record<string, string | null>) {
  const { problems } = validateContent({ root: makeSite(files) });
  return problems.map(formatProblem);
}

describe('the minimal fixture site', () => {
  it('has no problems, so every problem below comes from the one change', () => {
    expect(problemsIn({})).toEqual([]);
  });
});

describe('problems in one file', () => {
  it('reports a date in the future', () => {
    const problems = problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ started: '2999-01' }) });
    expect(problems).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  started  "2999-01" is in the future — use the date something already happened; leave planned dates out of the front-matter and mention them in the text',
    ]);
  });

  it('reports a website that is not https, a source that is not http(s), and a javascript: contact', () => {
    const file = campaignFile({
      website: 'http://example.org',
      contact: 'javascript:alert(1)',
      sources: '\n  - url: ftp://example.org/story\n    title: A story',
    });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  website  "http://example.org" is not an https link — use the full address starting with https://',
      'content/campaigns/shelbyville-divestment.mdx:11:1  contact  "javascript:alert(1)" is a javascript: link, which can run code in a reader\'s browser — link to a web page instead, starting with https://',
      'content/campaigns/shelbyville-divestment.mdx:13:5  sources[0].url  "ftp://example.org/story" is not an http or https link — use the full address of the article or page, starting with https:// or http://',
    ]);
  });

  it('reports an unknown state code, suggesting the code for a state written out', () => {
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ state: 'Illinois' }) })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:5:1  state  "Illinois" is not a US state or territory code — write the two-letter postal code: IL',
    ]);
  });

  it('reports a won or lost campaign without a source', () => {
    for (const status of ['won', 'lost']) {
      expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ status }) })).toEqual([
        `content/campaigns/shelbyville-divestment.mdx:1:1  sources  are missing, and a campaign marked ${status} needs at least one — add a news story or public record that reports the decision, with its url and title`,
      ]);
    }
  });

  it('reports every problem in a file at once', () => {
    const file = campaignFile({
      title: '',
      state: 'XX',
      issues: '[divest]',
      updated: '2999-01-01',
      citty: 'Shelbyville',
    });
    const fields = problemsIn({ 'campaigns/shelbyville-divestment.mdx': file }).map((line) => line.split('  ')[1]);
    expect(fields).toEqual(['title', 'state', 'issues[0]', 'updated', 'citty']);
  });
});
