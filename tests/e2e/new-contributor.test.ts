/**
 * The whole path a new contributor takes, as CONTRIBUTING.md describes it: `npm run new`, `npm run validate`, a
 * build, and the campaign is on its page, on the map and in search.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/ui.ts';
import { decodeMapData } from '../../src/lib/map-data.ts';
import { buildProjectAsync, makeProject, PROJECT_ROOT } from '../helpers/temp-site.ts';
import { openSite, type Site } from './harness.ts';

let root: string;
let site: Site;

beforeAll(async () => {
  root = makeProject();
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, script), ...args], { cwd: root, encoding: 'utf8', input: '' });
  const added = run('scripts/new.ts', [
    'campaign',
    '--title',
    'Drop the surveillance contract in Decatur',
    '--city',
    'Decatur',
    '--state',
    'IL',
    '--issue',
    'surveillance',
    '--status',
    'active',
    '--target',
    'Decatur City Council',
    '--summary',
    'Asks Decatur City Council not to renew a surveillance contract.',
  ]);
  if (added.status !== 0) throw new Error(added.stderr);
  const validated = run('scripts/validate.ts', []);
  if (validated.status !== 0) throw new Error(validated.stdout);
  const { status, output } = await buildProjectAsync(root);
  if (status !== 0) throw new Error(output);
  site = await openSite(join(root, 'dist'));
}, 180_000);
afterAll(async () => site?.close());

it('puts the new campaign on its page, on the map and in search', async () => {
  const slug = 'drop-the-surveillance-contract-in-decatur';
  expect(existsSync(join(root, `dist/campaigns/${slug}/index.html`))).toBe(true);
  const map = decodeMapData(JSON.parse(readFileSync(join(root, 'dist/map/campaigns.json'), 'utf8')));
  expect(map.find((campaign) => campaign.id === slug)).toMatchObject({ place: 'Decatur, IL', status: 'active' });
  const { page, close } = await site.open('/search/?q=Decatur');
  await page.waitForSelector('site-search[data-phase="done"]');
  expect(await page.getAttribute('.search-result h2 a', 'href')).toBe(`/campaigns/${slug}/`);
  await close();
});

// The fixture has no translations, like a contribution in English only: it lands, and its Spanish and Arabic pages
// show the English, say so, and mark it as English.
it('shows an English-only campaign and toolkit on the translated pages, marked as English', () => {
  const read = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
  const campaign = read('/ar/campaigns/drop-the-surveillance-contract-in-decatur/');
  expect(campaign).toContain(dictionaries.ar['lang.entryInEnglish']);
  expect(campaign).toMatch(/<h1 lang="en"/);
  expect(campaign).toMatch(/<section aria-labelledby="story"[^>]*><h2[^>]*>[^<]*<\/h2><div lang="en">/);
  const toolkit = read('/es/toolkits/example-toolkit/');
  expect(toolkit).toContain(dictionaries.es['lang.notTranslated']);
  expect(toolkit).toMatch(/<div class="prose"[^>]* lang="en"/);
  expect(toolkit).toMatch(/<h1 lang="en"/);
});
