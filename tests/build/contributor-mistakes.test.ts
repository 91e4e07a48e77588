/**
 * What a new contributor sees when they drop a broken file into content/: `npm run validate` names the file, the
 * line and the field, and the build stops with the same words, listing every broken file at once. A build that
 * fails leaves the last good site in dist/ as it was.
 *
 * Each mistake is checked at the validator (fast); the builds are few: the fixture site, once broken in every way
 * at once, and once more to show that a failed build keeps dist/.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildProject, campaignFile, makeProject, makeSite } from '../helpers/temp-site.ts';

const BUILD_TIMEOUT = 120_000;

/** Every broken file below, and the line the validator and the build must print for it. */
const MISTAKES: [string, Record<string, string>, string[]][] = [
  [
    'a win naming a missing campaign',
    {
      'wins/springfield-divests-2025.mdx': readFixtureWin().replace(
        'campaign: springfield-divestment',
        'campaign: shelbyville-divestment',
      ),
    },
    ['content/wins/springfield-divests-2025.mdx:4:1  campaign  "shelbyville-divestment" is not a campaign on the site'],
  ],
  [
    'a campaign naming a missing company',
    { 'campaigns/shelbyville-1.mdx': campaignFile({ companies: '[acme-weapons]' }) },
    ['content/campaigns/shelbyville-1.mdx:10:13  companies[0]  "acme-weapons" is not a company on the site'],
  ],
  [
    'a duplicate slug',
    { 'campaigns/springfield-divestment.md': campaignFile({}) },
    [
      'content/campaigns/springfield-divestment.mdx:1:1  (file)  has the same name as content/campaigns/springfield-divestment.md',
    ],
  ],
  [
    'a date in the future',
    { 'campaigns/shelbyville-3.mdx': campaignFile({ started: '2999-05' }) },
    ['content/campaigns/shelbyville-3.mdx:10:1  started  "2999-05" is in the future'],
  ],
  [
    'a website that is not https and a javascript: contact',
    { 'campaigns/shelbyville-4.mdx': campaignFile({ website: 'http://example.org', contact: 'javascript:alert(1)' }) },
    [
      'content/campaigns/shelbyville-4.mdx:10:1  website  "http://example.org" is not an https link',
      'content/campaigns/shelbyville-4.mdx:11:1  contact  "javascript:alert(1)" is a javascript: link',
    ],
  ],
  [
    'a source that is not http(s)',
    { 'campaigns/shelbyville-5.mdx': campaignFile({ sources: '\n  - url: data:text/html,hello\n    title: A story' }) },
    ['content/campaigns/shelbyville-5.mdx:11:5  sources[0].url  "data:text/html,hello" is a data: link'],
  ],
  [
    'coordinates out of range',
    { 'campaigns/shelbyville-6.mdx': campaignFile({ coordinates: '[39.4, -188.6]' }) },
    ['content/campaigns/shelbyville-6.mdx:10:21  coordinates[1]  longitude -188.6 is out of range'],
  ],
  [
    'an unknown state code',
    { 'campaigns/shelbyville-7.mdx': campaignFile({ state: 'ZZ' }) },
    ['content/campaigns/shelbyville-7.mdx:5:1  state  "ZZ" is not a US state or territory code'],
  ],
  [
    'a won campaign with no source',
    { 'campaigns/shelbyville-8.mdx': campaignFile({ status: 'won' }) },
    ['content/campaigns/shelbyville-8.mdx:1:1  sources  are missing, and a campaign marked won needs at least one'],
  ],
];

describe('a broken content file', () => {
  it.each(MISTAKES)('%s: npm run validate names the file and field', (_case, files, expected) => {
    const lines = validateContent({ root: makeSite(files) }).problems.map(formatProblem);
    for (const text of expected) expect(lines).toContainEqual(expect.stringContaining(text));
  });

  it(
    'builds the fixture site when nothing is broken, and stops it when anything is, listing every mistake',
    () => {
      const root = makeProject();
      const good = buildProject(root);
      expect(good.status, good.output).toBe(0);
      expect(readFileSync(join(root, 'dist/campaigns/springfield-divestment/index.html'), 'utf8')).toContain(
        'Divest Springfield',
      );
      const before = snapshot(join(root, 'dist'));
      const broken = makeProject(Object.assign({}, ...MISTAKES.map(([, files]) => files)));
      const { status, output } = buildProject(broken);
      expect(status, output).not.toBe(0);
      for (const [, , expected] of MISTAKES) for (const text of expected) expect(output).toContain(text);
      expect(existsSync(join(broken, 'dist'))).toBe(false);
      expect(existsSync(join(broken, '.dist-next'))).toBe(false);
      // The same failure over a site that built keeps that site as it was.
      for (const [path, text] of Object.entries(MISTAKES[0]![1])) writeFileSync(join(root, 'content', path), text);
      const failed = buildProject(root);
      expect(failed.status, failed.output).not.toBe(0);
      expect(failed.output).toContain('dist/ still holds the last site that built');
      expect(before.length).toBeGreaterThan(100);
      expect(snapshot(join(root, 'dist'))).toEqual(before);
    },
    BUILD_TIMEOUT * 2,
  );
});

/** Every file under dist/ with its contents, to see that nothing changed. */
function snapshot(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const path = join(entry.parentPath, entry.name);
      return [path, readFileSync(path, 'base64')];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function readFixtureWin(): string {
  return readFileSync(
    new URL('../fixtures/minimal-site/content/wins/springfield-divests-2025.mdx', import.meta.url),
    'utf8',
  );
}
