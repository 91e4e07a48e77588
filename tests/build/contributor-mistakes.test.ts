/**
 * What a new contributor sees when they drop a broken file into content/ and run the build: the build stops, and
 * the message names the file and the field. Each case builds a copy of the project around the small fixture site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, campaignFile, makeProject } from '../helpers/temp-site.ts';

const BUILD_TIMEOUT = 120_000;

function expectBuildToStop(files: Record<string, string | null>, ...expected: string[]) {
  const root = makeProject(files);
  const { status, output } = buildProject(root);
  expect(status, output).not.toBe(0);
  for (const text of expected) expect(output).toContain(text);
  expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
}

describe('a broken content file stops the build', () => {
  it(
    'builds the fixture site when nothing is broken',
    () => {
      const root = makeProject();
      const { status, output } = buildProject(root);
      expect(status, output).toBe(0);
      expect(readFileSync(join(root, 'dist/campaigns/springfield-divestment/index.html'), 'utf8')).toContain(
        'Divest Springfield',
      );
    },
    BUILD_TIMEOUT,
  );

  it.each([
    [
      'a win naming a missing campaign',
      {
        'wins/springfield-divests-2025.mdx': readFixtureWin().replace(
          'campaign: springfield-divestment',
          'campaign: shelbyville-divestment',
        ),
      },
      [
        'content/wins/springfield-divests-2025.mdx:4:1  campaign  "shelbyville-divestment" is not a campaign on the site',
      ],
    ],
    [
      'a campaign naming a missing company',
      { 'campaigns/shelbyville.mdx': campaignFile({ companies: '[acme-weapons]' }) },
      ['content/campaigns/shelbyville.mdx:10:13  companies[0]  "acme-weapons" is not a company on the site'],
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
      { 'campaigns/shelbyville.mdx': campaignFile({ started: '2999-05' }) },
      ['content/campaigns/shelbyville.mdx:10:1  started  "2999-05" is in the future'],
    ],
    [
      'a website that is not https and a javascript: contact',
      { 'campaigns/shelbyville.mdx': campaignFile({ website: 'http://example.org', contact: 'javascript:alert(1)' }) },
      [
        'content/campaigns/shelbyville.mdx:10:1  website  "http://example.org" is not an https link',
        'content/campaigns/shelbyville.mdx:11:1  contact  "javascript:alert(1)" is a javascript: link',
      ],
    ],
    [
      'a source that is not http(s)',
      { 'campaigns/shelbyville.mdx': campaignFile({ sources: '\n  - url: data:text/html,hello\n    title: A story' }) },
      ['content/campaigns/shelbyville.mdx:11:5  sources[0].url  "data:text/html,hello" is a data: link'],
    ],
    [
      'coordinates out of range',
      { 'campaigns/shelbyville.mdx': campaignFile({ coordinates: '[39.4, -188.6]' }) },
      ['content/campaigns/shelbyville.mdx:10:21  coordinates[1]  longitude -188.6 is out of range'],
    ],
    [
      'an unknown state code',
      { 'campaigns/shelbyville.mdx': campaignFile({ state: 'ZZ' }) },
      ['content/campaigns/shelbyville.mdx:5:1  state  "ZZ" is not a US state or territory code'],
    ],
    [
      'a won campaign with no source',
      { 'campaigns/shelbyville.mdx': campaignFile({ status: 'won' }) },
      ['content/campaigns/shelbyville.mdx:1:1  sources  are missing, and a campaign marked won needs at least one'],
    ],
  ])(
    'stops on %s, naming the file and field',
    (_case, files, expected) => expectBuildToStop(files, ...expected),
    BUILD_TIMEOUT,
  );

  it(
    "stops on MDX that would run code, through the content guard in Astro's own Markdown pipeline",
    () => {
      const body = "import os from 'node:os'\n\nBuilt on {os.hostname()}.";
      const root = makeProject({ 'campaigns/shelbyville.mdx': campaignFile({}, body) });
      const { status, output } = buildProject(root);
      expect(status, output).not.toBe(0);
      expect(output).toContain(
        'content/campaigns/shelbyville.mdx uses code or markup that content files may not contain',
      );
      expect(output).toContain('line 12:1  uses import or export, which would run code when the site is built');
      expect(output).toContain('line 14:10  uses {os.hostname()}, which would run as code');
      expect(existsSync(join(root, 'dist/campaigns/shelbyville/index.html'))).toBe(false);
      expect(output).not.toContain(`Built on ${hostname()}`);
    },
    BUILD_TIMEOUT,
  );
});

function readFixtureWin(): string {
  return readFileSync(
    new URL('../fixtures/minimal-site/content/wins/springfield-divests-2025.mdx', import.meta.url),
    'utf8',
  );
}
