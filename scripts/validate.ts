/**
 * `npm run validate`: checks every file in content/ in a few seconds, without building the site, and prints one
 * line per problem: `file:line:column  field  what is wrong — how to fix it`. Exits 1 when anything is wrong.
 * Inside GitHub Actions it also prints annotations, so problems show up on the pull request's lines.
 */
import { untranslatedEntries } from '../src/lib/checks/translations.ts';
import { formatReport, sortProblems, type Problem } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/validate.ts';

const root = process.cwd();
const started = performance.now();
const { entries, problems } = validateContent({ root });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

/**
 * A GitHub Actions annotation. Its message and properties are escaped as GitHub documents (%, CR and LF; in
 * properties also : and ,), so a value in a contributor's file can't end the command and start another, such as
 * `::stop-commands::`, which would hide every annotation after it.
 */
function annotation(problem: Problem): string {
  const data = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (text: string) => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const place = `file=${property(problem.file)},line=${problem.line ?? 1},col=${problem.column ?? 1}`;
  const title = problem.field ? `,title=${property(problem.field)}` : '';
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${place}${title}::${data(problem.message)}`;
}

const counts = new Map<string, number>();
for (const entry of entries) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
const checked = [...counts].map(([collection, count]) => `${count} ${collection}`).join(', ');

// Not problems: an English-only entry lands, and its translated pages show the English until someone translates it.
const untranslated = untranslatedEntries(entries);
const SHOWN_UNTRANSLATED = 10;
if (untranslated.length) {
  console.log(
    `Waiting for a translation of the title and story (until then the page in that language shows the English; CONTRIBUTING.md, "Translating a campaign or win", says how):`,
  );
  for (const { file, missing } of untranslated.slice(0, SHOWN_UNTRANSLATED))
    console.log(`  ${file} → ${missing.join(', ')}`);
  if (untranslated.length > SHOWN_UNTRANSLATED)
    console.log(`  and ${untranslated.length - SHOWN_UNTRANSLATED} more entries.`);
  console.log('');
}

if (problems.length === 0) {
  console.log(`Checked ${checked} in ${seconds} s: no problems.`);
} else {
  console.log(formatReport(problems));
  if (process.env.GITHUB_ACTIONS === 'true')
    for (const problem of sortProblems(problems)) console.log(annotation(problem));
  console.log(`\nChecked ${checked} in ${seconds} s.`);
}
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
