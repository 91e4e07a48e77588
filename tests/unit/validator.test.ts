/**
 * `npm run validate` as a contributor meets it: one file with a problem of every kind, the exact lines printed,
 * the exit code, and the annotations GitHub Actions shows on a pull request.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { campaignFile, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

const EVERY_KIND_OF_MISTAKE = campaignFile(
  {
    title: 'Divest Springfield again',
    city: 'Springfield',
    targets: '[Springfield City Council]',
    issues: '[divestment]',
    status: 'lost',
    website: 'http://example.org',
    contact: 'jane.doe@gmail.com',
    companies: '[acme-weapons]',
  },
  [
    '## What happened',
    '',
    'Call our organizer at (217) 555-0142 or visit her at 1200 Maple Avenue.',
    '',
    '![](https://example.org/photo.jpg) See [the map](/maps/) and [this](javascript:alert(1)).',
    '',
    '<Chart data={votes} />',
  ].join('\n'),
);

function validate(files: Record<string, string | null>) {
  const root = makeSite(files);
  return { root, ...validateContent({ root }) };
}

describe('npm run validate', () => {
  it('reports every kind of problem in a file at once, each at its line, with a fix', () => {
    const { problems } = validate({ 'campaigns/springfield-again.mdx': EVERY_KIND_OF_MISTAKE });
    expect(formatReport(problems)).toMatchSnapshot();
  });

  it('exits with 1 and prints GitHub annotations inside Actions; exits 0 on clean content', () => {
    const { root } = validate({ 'campaigns/springfield-again.mdx': EVERY_KIND_OF_MISTAKE });
    const run = (cwd: string) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/validate.ts')], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      });
    const broken = run(root);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(
      'content/campaigns/springfield-again.mdx:10:1  website  "http://example.org" is not an https link',
    );
    expect(broken.stdout).toMatch(
      /^::error file=content\/campaigns\/springfield-again\.mdx,line=10,col=1,title=website::"http:\/\/example\.org" is not an https link/m,
    );
    const clean = run(makeSite());
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/^Checked .* no problems\.$/m);
  });
});
