/**
 * `npm run stale`: the campaigns, wins and companies nobody has checked against their sources for a while, oldest
 * first, with the file, the title, the status and the day of the last check (the entry's `updated`). Each line is a
 * task a volunteer can pick up: read the sources again, add what is new, and set `updated` to the day.
 *
 *   npm run stale                     # last checked more than 12 months ago
 *   npm run stale -- --months 6
 *   npm run stale -- --json stale.json
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files.ts';
import { staleEntries } from './lib/stale.ts';

const { values } = parseArgs({
  options: { months: { type: 'string', default: '12' }, json: { type: 'string' } },
});
const months = Number(values.months);
if (!Number.isFinite(months) || months < 0) {
  console.error(`--months takes a number of months, such as 6 (was ${values.months}).`);
  process.exit(2);
}

const stale = staleEntries(readContentFiles(process.cwd()).entries, months, new Date());
if (stale.length === 0) console.log(`No campaign, win or company was last checked more than ${months} months ago.`);
else {
  console.log(`${stale.length} entries last checked more than ${months} months ago, oldest first:\n`);
  console.log('| last checked | file | title | status |\n| --- | --- | --- | --- |');
  for (const entry of stale) console.log(`| ${entry.checked} | ${entry.file} | ${entry.title} | ${entry.status} |`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(stale, null, 2));
