/**
 * `npm run check-sources`: asks every address the content cites (campaign, win and company sources, and links to
 * other sites in toolkits, explainers and pages) whether it still answers, politely: GET with a timeout, a few at a
 * time, never two to one host within a second. It prints one line per problem (`file:line  url  what happened`), a
 * summary table, and writes a JSON report; it exits with 1 when a link is dead (404, 410, or no server answers),
 * and with 2, saving nothing, when no server answers at all (the machine is offline).
 *
 *   npm run check-sources                          # everything, reusing results younger than a week
 *   npm run check-sources -- --only minneapolis-ceasefire --only 'content/toolkits/*'
 *   npm run check-sources -- --write               # add the closest Wayback Machine copy of each dead source
 *   npm run check-sources -- --archive-missing     # ask the Wayback Machine to keep a copy of sources without one
 *
 * For a dead source it asks the Wayback Machine's availability API for the copy closest to the source's date and
 * proposes the `archive:` line; `--write` adds it to the file. `--archive-missing` asks Save Page Now for a copy of
 * each source that has no `archive` yet, one every few seconds as its rate limit asks, and writes what it gets.
 * Results are cached in .cache/check-sources.json, so a rerun asks again only what is older than `--max-age` days.
 *
 * Options: --timeout ms (15000), --concurrency n (6), --delay ms between requests to one host (1000), --max-age
 * days (7; 0 asks everything again), --report file (check-sources-report.json), --cache file, and, for tests and
 * mirrors, --wayback-endpoint and --save-endpoint (the availability API and Save Page Now addresses).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validate.ts';
import {
  addArchiveLines,
  checkLink,
  citedLinks,
  closestSnapshot,
  describe,
  isDead,
  matchesOnly,
  politely,
  saveSnapshot,
  type CitedLink,
  type LinkResult,
} from './lib/link-check.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true, default: [] },
    write: { type: 'boolean', default: false },
    'archive-missing': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '15000' },
    concurrency: { type: 'string', default: '6' },
    delay: { type: 'string', default: '1000' },
    'max-age': { type: 'string', default: '7' },
    report: { type: 'string', default: 'check-sources-report.json' },
    cache: { type: 'string', default: '.cache/check-sources.json' },
    'wayback-endpoint': { type: 'string', default: 'https://archive.org/wayback/available' },
    'save-endpoint': { type: 'string', default: 'https://web.archive.org/save/' },
    'save-delay': { type: 'string', default: '6000' },
  },
});

const root = process.cwd();
const timeout = Number(values.timeout);
const maxAge = Number(values['max-age']) * 24 * 60 * 60 * 1000;
const tty = process.stderr.isTTY;
const progress = (text: string) => {
  if (tty) process.stderr.write(`\r${text}\u001b[K`);
};

const { entries } = validateContent({ root });
const links = citedLinks(entries).filter((link) => matchesOnly(link, values.only));
const urls = [...new Set(links.map((link) => link.url))];

// Results from earlier runs, by address; those younger than --max-age are used again.
const cachePath = join(root, values.cache);
const cache: Record<string, LinkResult> = existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : {};
const fresh = (url: string) => {
  const cached = cache[url];
  return cached !== undefined && Date.now() - Date.parse(cached.checkedAt) < maxAge;
};
const toAsk = urls.filter((url) => !fresh(url));
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};
await politely(toAsk, hostOf, async (url) => (cache[url] = await checkLink(url, { timeout })), {
  concurrency: Number(values.concurrency),
  delay: Number(values.delay),
  onDone: (done) =>
    progress(`Checked ${done} of ${toAsk.length} addresses (${urls.length - toAsk.length} from the cache)`),
});
progress('');
// Offline, every address looks dead; saying so beats filing hundreds of false tasks or caching them for a week.
if (toAsk.length >= 5 && toAsk.every((url) => cache[url]!.outcome === 'unreachable')) {
  console.error(
    `None of the ${toAsk.length} servers asked answered, so this machine is probably offline. Connect to the internet and run the check again; nothing was saved.`,
  );
  process.exit(2);
}
mkdirSync(dirname(cachePath), { recursive: true });
writeFileSync(cachePath, JSON.stringify(cache, null, 2));

// For each dead source without a copy, the closest copy the Wayback Machine has.
const proposals = new Map<CitedLink, string>();
const deadSources = links.filter((link) => isDead(cache[link.url]!) && link.kind === 'source' && !link.archive);
for (const [index, link] of deadSources.entries()) {
  progress(`Looking for archived copies: ${index + 1} of ${deadSources.length}`);
  const copy = await closestSnapshot(values['wayback-endpoint'], link.url, link.date, timeout);
  if (copy) proposals.set(link, copy);
}
progress('');

// Copies of sources that have none yet, made on request, one every few seconds.
const saved = new Map<CitedLink, string>();
if (values['archive-missing']) {
  const missing = links.filter((link) => link.kind === 'source' && !link.archive && !isDead(cache[link.url]!));
  for (const [index, link] of missing.entries()) {
    progress(`Asking the Wayback Machine to keep a copy: ${index + 1} of ${missing.length}`);
    const copy = await saveSnapshot(values['save-endpoint'], link.url, timeout);
    if (copy) saved.set(link, copy);
    if (index < missing.length - 1) await new Promise((resolve) => setTimeout(resolve, Number(values['save-delay'])));
  }
  progress('');
}

const problems = links.filter((link) => cache[link.url]!.outcome !== 'ok');
for (const link of problems) {
  const result = cache[link.url]!;
  const proposal = proposals.get(link);
  console.log(
    `${link.file}:${link.line}  ${link.url}  ${describe(result)}${proposal ? `; archived copy: archive: ${proposal}` : ''}`,
  );
}

const counts = new Map<string, number>();
for (const link of links) counts.set(cache[link.url]!.outcome, (counts.get(cache[link.url]!.outcome) ?? 0) + 1);
const order = ['ok', 'moved', 'dead', 'unreachable', 'error', 'timeout'] as const;
const label = {
  ok: 'fine',
  moved: 'moved',
  dead: 'dead',
  unreachable: 'no server',
  error: 'error',
  timeout: 'timed out',
};
console.log(
  `\n${links.length} links in ${new Set(links.map((link) => link.file)).size} files, ${urls.length} addresses:\n`,
);
console.log('| result | links |\n| --- | --- |');
for (const outcome of order) if (counts.get(outcome)) console.log(`| ${label[outcome]} | ${counts.get(outcome)} |`);

const writes = new Map<string, { line: number; archive: string }[]>();
const toWrite = [...(values.write ? proposals : []), ...saved];
for (const [link, archive] of toWrite)
  writes.set(link.file, [...(writes.get(link.file) ?? []), { line: link.line, archive }]);
for (const [file, additions] of writes) addArchiveLines(root, file, additions);
if (writes.size) console.log(`\nAdded ${toWrite.length} archive: lines to ${writes.size} files.`);
else if (proposals.size) console.log(`\n${proposals.size} archived copies found; run with --write to add them.`);

writeFileSync(
  join(root, values.report),
  JSON.stringify(
    {
      checked: new Date().toISOString(),
      links: links.map((link) => ({
        file: link.file,
        line: link.line,
        url: link.url,
        kind: link.kind,
        ...cache[link.url],
        proposedArchive: proposals.get(link) ?? null,
        savedArchive: saved.get(link) ?? null,
      })),
    },
    null,
    2,
  ),
);
console.log(`The full report is in ${values.report}.`);
process.exitCode = links.some((link) => isDead(cache[link.url]!)) ? 1 : 0;
