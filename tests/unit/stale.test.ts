/** `npm run stale`: entries by the age of their last check, oldest first, and only those older than `--months`. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { monthsBefore, staleEntries } from '../../scripts/lib/stale.ts';
import { campaignFile, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

const today = new Date().toISOString().slice(0, 10);

/** The fixture site (its campaign, win and company checked 2026-01-01) and three campaigns checked on other days. */
function siteCheckedOnManyDays() {
  return makeSite({
    'campaigns/shelbyville-2019.mdx': campaignFile({ title: 'Checked in 2019', updated: '2019-05-01', status: 'lost' }),
    'campaigns/shelbyville-2022.mdx': campaignFile({ title: 'Checked in 2022', updated: '2022-02-10' }),
    'campaigns/shelbyville-today.mdx': campaignFile({ title: 'Checked today', updated: today }),
  });
}

describe('staleEntries', () => {
  it('lists campaigns, wins and companies checked before the cut-off, oldest first, then by file', () => {
    const { entries } = readContentFiles(siteCheckedOnManyDays());
    const stale = staleEntries(entries, 6, new Date('2026-12-04T12:00:00Z'));
    expect(stale).toEqual([
      {
        file: 'content/campaigns/shelbyville-2019.mdx',
        title: 'Checked in 2019',
        status: 'lost',
        checked: '2019-05-01',
      },
      {
        file: 'content/campaigns/shelbyville-2022.mdx',
        title: 'Checked in 2022',
        status: 'active',
        checked: '2022-02-10',
      },
      {
        file: 'content/campaigns/springfield-divestment.mdx',
        title: 'Divest Springfield',
        status: 'won',
        checked: '2026-01-01',
      },
      { file: 'content/companies/example-corp.md', title: 'Example Corp', status: 'company', checked: '2026-01-01' },
      {
        file: 'content/wins/springfield-divests-2025.mdx',
        title: 'Springfield divests',
        status: 'won',
        checked: '2026-01-01',
      },
    ]);
  });

  it('moves the cut-off with the number of months, and leaves out toolkits and pages', () => {
    const { entries } = readContentFiles(siteCheckedOnManyDays());
    const files = (months: number) =>
      staleEntries(entries, months, new Date('2026-12-04T12:00:00Z')).map((e) => e.file);
    expect(files(12)).toEqual(['content/campaigns/shelbyville-2019.mdx', 'content/campaigns/shelbyville-2022.mdx']);
    expect(files(60)).toEqual(['content/campaigns/shelbyville-2019.mdx']);
    expect(files(0)).not.toContain('content/toolkits/example-toolkit.mdx');
  });

  it('counts whole calendar months back from the day, stopping at the end of a shorter month', () => {
    expect(monthsBefore(new Date('2026-12-04T00:00:00Z'), 12)).toBe('2025-12-04');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1)).toBe('2026-02-28');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 25)).toBe('2024-02-29');
  });
});

describe('npm run stale', () => {
  function stale(root: string, ...args: string[]) {
    return spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/stale.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  }

  it('prints a table of what to check again, oldest first, and writes it as JSON', () => {
    const root = siteCheckedOnManyDays();
    const { stdout, status } = stale(root, '--months', '60', '--json', 'stale.json');
    expect(status).toBe(0);
    expect(stdout).toContain('1 entries last checked more than 60 months ago, oldest first:');
    expect(stdout).toContain('| 2019-05-01 | content/campaigns/shelbyville-2019.mdx | Checked in 2019 | lost |');
    expect(stdout).not.toContain('Checked in 2022');
    expect(JSON.parse(readFileSync(join(root, 'stale.json'), 'utf8'))).toHaveLength(1);
  });

  it('says so when nothing is stale, and refuses a --months that is not a number', () => {
    const root = makeSite({ 'campaigns/shelbyville-today.mdx': campaignFile({ updated: today }) });
    expect(stale(root, '--months', '1200').stdout).toContain('No campaign, win or company was last checked more');
    const wrong = stale(root, '--months', 'six');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--months takes a number of months, such as 6 (was six).');
  });
});
