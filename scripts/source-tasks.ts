/**
 * Writes the checklist for the issue "Sources and entries to check" to standard output, from the reports of
 * `npm run check-sources` and `npm run stale -- --json`. The scheduled workflow .github/workflows/check-sources.yml
 * runs it; locally it shows what that issue would say:
 *
 *   node scripts/source-tasks.ts check-sources-report.json stale.json [months] [link to the run]
 */
import { readFileSync } from 'node:fs';
import { sourceTasks } from './lib/source-tasks.ts';

const [reportFile = 'check-sources-report.json', staleFile = 'stale.json', months = '12', runUrl = ''] =
  process.argv.slice(2);
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const stale = JSON.parse(readFileSync(staleFile, 'utf8'));
process.stdout.write(sourceTasks(report.links, stale, { checked: report.checked, runUrl, months: Number(months) }));
