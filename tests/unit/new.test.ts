/**
 * `npm run new`, run the way a contributor would without a terminal to answer prompts: every flag given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { campaignFile, campaignSlug } from '../../src/lib/scaffold.ts';
import { t } from '../../src/i18n/t.ts';
import { slugify } from '../../src/schemas/constants.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

function runNew(root: string, args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
  });
}

const CAMPAIGN = [
  'campaign',
  '--title',
  'End police exchanges',
  '--city',
  'Shelbyville',
  '--state',
  'IL',
  '--issue',
  'police-exchange',
  '--issue',
  'demilitarization',
  '--status',
  'won',
  '--target',
  'Shelbyville City Council',
  '--summary',
  'Asks the council: no more police exchanges.',
  '--coalition',
  'Shelbyville for Palestine',
  '--company',
  'example-corp',
  '--contact',
  'info@example.org',
  '--source-url',
  'https://example.org/story',
  '--source-title',
  'Council votes: no exchanges',
  '--source-date',
  '2025-06',
];

describe('npm run new', () => {
  it('writes a campaign that passes npm run validate, with a comment above every field', () => {
    const root = makeSite();
    const result = runNew(root, CAMPAIGN);
    expect(result.stdout).toContain('Wrote content/campaigns/shelbyville-end-police-exchanges.mdx');
    const text = readFileSync(join(root, 'content/campaigns/shelbyville-end-police-exchanges.mdx'), 'utf8');
    const frontMatter = text.split('---')[1]!.trim().split('\n');
    const keys = frontMatter.filter((line) => /^[a-z]+:/.test(line));
    for (const key of keys) expect(frontMatter[frontMatter.indexOf(key) - 1], key).toMatch(/^# /);
    expect(text).toContain('summary: "Asks the council: no more police exchanges."');
    // A won campaign without its win builds, but its author is told to add the decision.
    expect(result.stderr + result.stdout).toContain('warning: is won, but the timeline has no decision');
    expect(validateContent({ root }).problems.map((problem) => problem.severity)).toEqual(['warning']);
    const win = runNew(root, [
      'win',
      '--campaign',
      'shelbyville-end-police-exchanges',
      '--title',
      'Shelbyville ends police exchanges',
      '--date',
      '2025-06',
      '--body',
      'Shelbyville City Council',
      '--kind',
      'policy',
      '--summary',
      'The council ended the exchanges.',
      '--source-url',
      'https://example.org/story',
      '--source-title',
      'Council votes: no exchanges',
    ]);
    expect(win.status, win.stderr).toBe(0);
    expect(validateContent({ root }).problems).toEqual([]);
  });

  it('writes a win and a toolkit that pass npm run validate', () => {
    const root = makeSite();
    const win = runNew(root, [
      'win',
      '--campaign',
      'springfield-divestment',
      '--title',
      'Springfield drops a bank',
      '--date',
      '2025-09-02',
      '--body',
      'Springfield City Council',
      '--kind',
      'divestment',
      '--vote',
      '7-0',
      '--summary',
      'The council sold its holdings.',
      '--source-url',
      'https://example.org/a',
      '--source-publisher',
      'Example News',
    ]);
    expect(win.status, win.stderr).toBe(0);
    const toolkit = runNew(root, [
      'toolkit',
      '--title',
      'Count the votes',
      '--summary',
      'How to count votes before a council meeting.',
      '--stage',
      'pass',
      '--topic',
      'council-process',
      '--reading-level',
      'intermediate',
    ]);
    expect(toolkit.status, toolkit.stderr).toBe(0);
    expect(validateContent({ root }).problems).toEqual([]);
  });

  it('never overwrites a file', () => {
    const root = makeSite();
    const path = join(root, 'content/campaigns/shelbyville-end-police-exchanges.mdx');
    runNew(root, CAMPAIGN);
    writeFileSync(path, 'edited by hand');
    const again = runNew(root, CAMPAIGN);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'content/campaigns/shelbyville-end-police-exchanges.mdx already exists, and nothing was overwritten',
    );
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
  });

  it('warns about a likely duplicate', () => {
    const root = makeSite();
    const result = runNew(root, [
      ...CAMPAIGN.slice(0, 1),
      '--title',
      'Divest Springfield now',
      '--city',
      'Springfield',
      '--state',
      'IL',
      '--issue',
      'divestment',
      '--status',
      'active',
      '--target',
      'Springfield City Council',
      '--summary',
      'Asks the council to divest.',
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'warning: looks like the same campaign as content/campaigns/springfield-divestment.mdx',
    );
  });

  it('refuses to write a file with personal details, saying where they are', () => {
    const root = makeSite();
    const result = runNew(root, [...CAMPAIGN, '--summary', 'Call our organizer at (217) 555-0142.']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The file would not pass the checks, so it was not written:');
    expect(result.stderr).toMatch(/summary {2}"\(217\) 555-0142" looks like a phone number/);
    expect(existsSync(join(root, 'content/campaigns/shelbyville-end-police-exchanges.mdx'))).toBe(false);
  });

  it('lists what is missing when it cannot ask', () => {
    const result = runNew(makeSite(), ['campaign', '--title', 'Something']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Missing: --summary --state --city --issue --status --target.');
  });

  it('makes readable slugs', () => {
    expect(slugify('Saint-Louis: Drop Véolia!')).toBe('saint-louis-drop-veolia');
    expect(campaignSlug({ title: 'End police exchanges in Durham', city: 'Durham', state: 'NC' })).toBe(
      'end-police-exchanges-in-durham',
    );
    expect(campaignSlug({ title: 'Divest now', state: 'OR' })).toBe('oregon-divest-now');
  });

  it('writes front-matter that reads back as typed, however the text looks', () => {
    const tricky = ['Durham: a story', 'no', '2018', '"quoted"', '# not a comment', '- not a list', "it's [odd] {x}"];
    const text = campaignFile(
      {
        title: tricky[0]!,
        summary: tricky[1]!,
        city: tricky[2]!,
        state: 'IL',
        level: 'city',
        issues: ['divestment'],
        status: 'active',
        targets: tricky,
        coalition: tricky[6],
        companies: [],
        sources: [{ url: 'https://example.org/a?b=1#c', title: tricky[3] }],
      },
      '2026-01-01',
      t,
    );
    expect(text).toContain('title: "Durham: a story"\n');
    expect(text).toContain('targets:\n  - "Durham: a story"\n');
    const { entry } = parseContentFile(text, {
      collection: 'campaigns',
      slug: 'x',
      extension: '.mdx',
      file: 'content/campaigns/x.mdx',
    });
    expect(entry?.data).toMatchObject({
      title: tricky[0],
      summary: tricky[1],
      city: tricky[2],
      targets: tricky,
      coalition: tricky[6],
      sources: [{ url: 'https://example.org/a?b=1#c', title: tricky[3] }],
    });
  });
});
