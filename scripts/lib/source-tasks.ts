/**
 * The body of the one issue "Sources and entries to check" that the weekly workflow keeps up to date: a checklist of
 * dead links, each with its proposed archived copy, and of entries nobody has checked for a year. Each line is a task
 * a volunteer can take on without knowing the code.
 */
import { describe, isDead, type LinkResult } from './link-check.ts';
import type { StaleEntry } from './stale.ts';

/** One link as `npm run check-sources` writes it to its JSON report. */
export interface ReportedLink extends LinkResult {
  file: string;
  line: number;
  url: string;
  kind: 'source' | 'link';
  proposedArchive: string | null;
}

/** GitHub refuses issue bodies over 65,536 characters; lists stop well before that and point to the full report. */
const MAX_TASKS = 300;

export function sourceTasks(
  links: readonly ReportedLink[],
  stale: readonly StaleEntry[],
  { checked, runUrl, months }: { checked: string; runUrl: string; months: number },
): string {
  const dead = links.filter(isDead);
  const run = runUrl ? ` [The run and its full report.](${runUrl})` : '';
  const lines = [
    `The weekly check of ${links.length} cited links found ${dead.length} that no longer work, and ${stale.length} entries nobody has checked against their sources for more than ${months} months. Checked ${checked.slice(0, 10)}.${run}`,
    '',
    'Pick any line, fix it in a pull request, and tick it here. CONTRIBUTING.md explains sources and `archive:`.',
    '',
    `## Dead links (${dead.length})`,
    '',
  ];
  if (dead.length === 0) lines.push('None this week.');
  for (const link of dead.slice(0, MAX_TASKS)) {
    const fix = link.proposedArchive
      ? `add \`archive: ${link.proposedArchive}\` below it (\`npm run check-sources -- --write\` does this), or find where the story moved`
      : link.kind === 'source'
        ? 'find where the story moved, or another source that reports the same facts'
        : 'link to where the page moved, or remove the link';
    lines.push(`- [ ] \`${link.file}:${link.line}\` ${link.url}: ${describe(link)}. To fix: ${fix}.`);
  }
  if (dead.length > MAX_TASKS) lines.push(`- and ${dead.length - MAX_TASKS} more in the full report`);
  lines.push('', `## Entries to check again (${stale.length})`, '');
  if (stale.length === 0) lines.push('None this week.');
  for (const entry of stale.slice(0, MAX_TASKS))
    lines.push(
      `- [ ] \`${entry.file}\` ${entry.title} (${entry.status}), last checked ${entry.checked}: read its sources again, add what is new, and set \`updated\` to the day you checked.`,
    );
  if (stale.length > MAX_TASKS) lines.push(`- and ${stale.length - MAX_TASKS} more: run \`npm run stale\``);
  return `${lines.join('\n')}\n`;
}
