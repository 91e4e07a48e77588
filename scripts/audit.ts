/**
 * `npm run audit`: Lighthouse (mobile preset, simulated throttling) on one page of each template. It builds the
 * site from content/ into a temporary folder with map tiles off, serves it on 127.0.0.1, audits each page for
 * performance, accessibility, best practices and SEO in headless Chromium, and prints a Markdown table of scores
 * with, under it, every audit that cost points. The same report is written to a file (in the system's temp folder,
 * or `--out`) whose path it prints.
 *
 * It takes about three minutes on two cores and is not part of `npm test`. Performance scores move with the machine's load; the
 * other three don't. It fails only when the build or Lighthouse itself fails, never for a low score.
 *
 *   npm run audit
 *   npm run audit -- --out audit.md
 */
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './lib/browser.ts';
import { buildProject, copyCode, PROJECT_ROOT, tempDir } from './lib/project.ts';
import { serveStatic } from './lib/serve-static.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const LOCAL_ORIGIN = /^http:\/\/127\.0\.0\.1:\d+/;
const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

const { values: options } = parseArgs({ options: { out: { type: 'string' } } });
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
// npm runs scripts from the project root; a relative --out means relative to where the command was typed.
const outFile = options.out
  ? resolve(process.env.INIT_CWD ?? process.cwd(), options.out)
  : join(tmpdir(), `c4p-audit-${stamp}.md`);

// Checked before the build, so a missing browser fails in a second rather than after it; chrome-launcher itself
// crashes the process on a path that doesn't exist.
const chromium = await findChromium();
if (!existsSync(chromium.executablePath)) {
  console.error(`No Chromium at ${chromium.executablePath}: set CHROME_PATH to a Chromium or Chrome executable.`);
  process.exit(1);
}

process.stdout.write('Building the site in a temporary folder… ');
const root = tempDir('c4p-audit-');
cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
copyCode(root);
// Tiles are a third-party request that fails offline: audit the site as it ships by default, at the server's root.
const build = buildProject(root, { PUBLIC_TILE_URL: 'none', BASE_PATH: '/' });
if (build.status !== 0) {
  console.error(
    `failed.\n${build.output.slice(-3000)}\nFix the build (npm run build shows the same errors), then run the audit again.`,
  );
  process.exit(1);
}
console.log(`done (${seconds(started)})`);
const dist = join(root, 'dist');

/** The first entry of a collection, by address, so every run audits the same pages. */
function firstPage(folder: string): string | undefined {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return slug && `/${folder}/${slug}/`;
}

interface Page {
  name: string;
  path: string | undefined;
  /** The page answers 404 on purpose. */
  missing?: boolean;
}

const pages: Page[] = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/campaigns/' },
  { name: 'campaign table', path: '/campaigns/table/' },
  { name: 'campaign', path: firstPage('campaigns') },
  { name: 'map', path: '/map/' },
  { name: 'wins', path: '/wins/' },
  { name: 'win', path: firstPage('wins') },
  { name: 'toolkits', path: '/toolkits/' },
  { name: 'toolkit', path: firstPage('toolkits') },
  { name: 'companies', path: '/companies/' },
  { name: 'company', path: firstPage('companies') },
  { name: 'issues', path: '/issues/' },
  { name: 'issue', path: firstPage('issues') },
  { name: 'states', path: '/states/' },
  { name: 'state', path: firstPage('states') },
  { name: 'search', path: '/search/' },
  { name: 'contribute', path: '/contribute/' },
  { name: 'data', path: '/data/' },
  { name: 'about', path: '/about/' },
  { name: '404', path: '/no-such-page/', missing: true },
];

type Audit = Result['audits'][string];
interface Measured {
  name: string;
  path: string;
  lhr?: Result;
  error?: string;
}

/** A short reason an audit failed: Lighthouse's explanation or value, and the first elements or files it names. */
function reason(audit: Audit): string {
  type Item = Record<string, unknown> & { items?: Item[] };
  const details = audit.details as { type?: string; items?: unknown } | undefined;
  let labels: unknown[] = [];
  // A checklist is an object of named checks; the failed ones are the reason.
  if (details?.type === 'checklist')
    labels = Object.values(details.items as Record<string, { label: string; value: boolean }>)
      .filter((check) => !check.value)
      .map((check) => check.label);
  else if (Array.isArray(details?.items))
    labels = (details.items as Item[])
      // Insights nest their tables in a list; sections of advice in such a list name no element.
      .flatMap((item) => item.items ?? [item])
      .filter((item) => item.type !== 'list-section')
      .map((item) => {
        const node = item.node as { nodeLabel?: string; selector?: string } | undefined;
        const source = item.source as { snippet?: string; url?: string; value?: string } | undefined;
        const candidates = [node?.nodeLabel, node?.selector, source?.snippet, source?.url, source?.value];
        return [...candidates, item.url, item.description].find(Boolean);
      });
  const named = labels
    .filter(Boolean)
    .map((label) => `"${String(label).replace(LOCAL_ORIGIN, '').replace(/\s+/g, ' ').slice(0, 80)}"`);
  const shown = named.slice(0, 3).join(', ') + (named.length > 3 ? ` and ${named.length - 3} more` : '');
  return [audit.explanation ?? audit.displayValue, shown].filter(Boolean).join(': ');
}

function describe(audit: Audit): string {
  const why = reason(audit);
  return `\`${audit.id}\` ${audit.title}${why ? ` — ${why}` : ''}`;
}

/** The audits that cost a category points, with how many points each cost, largest first. */
function losses(lhr: Result, category: Category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return refs
    .map((ref) => ({
      audit: lhr.audits[ref.id]!,
      points: (ref.weight * (1 - (lhr.audits[ref.id]?.score ?? 1)) * 100) / total,
    }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points);
}

/**
 * Performance points come from the metrics alone; the insights and diagnostics that fail (which carry no weight)
 * say what made the metrics slow.
 */
function performanceCauses(lhr: Result): Audit[] {
  return (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight === 0 && ref.group !== 'metrics' && ref.group !== 'hidden')
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1);
}

const score = (lhr: Result | undefined, category: string) => {
  const value = lhr?.categories[category]?.score;
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
};

const server = await serveStatic(dist);
const chrome = await launch({
  chromePath: chromium.executablePath,
  chromeFlags: chromium.args,
  logLevel: 'silent',
}).catch((error: Error) => {
  console.error(
    `Chromium (${chromium.executablePath}) did not start: ${error.message}\nSet CHROME_PATH to a working Chromium or Chrome and run the audit again.`,
  );
  return process.exit(1);
});
const measured: Measured[] = [];
const todo = pages.filter((page): page is Page & { path: string } => page.path !== undefined);
for (const page of pages.filter((page) => page.path === undefined))
  console.log(`Skipping ${page.name}: the build has no page of that kind.`);

try {
  for (const [index, page] of todo.entries()) {
    const pageStarted = performance.now();
    process.stdout.write(`[${index + 1}/${todo.length}] ${page.name} ${page.path} … `);
    try {
      const result = await lighthouse(server.url + page.path, {
        port: chrome.port,
        logLevel: 'silent',
        onlyCategories: [...CATEGORIES],
        // The 404 page answers 404 on purpose; without this Lighthouse refuses to audit it.
        ignoreStatusCode: page.missing ?? false,
      });
      const lhr = result?.lhr;
      const error = lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
      measured.push({ ...page, lhr, error: lhr ? error : 'Lighthouse returned no result' });
      console.log(
        error ? `error: ${error}` : `${CATEGORIES.map((id) => score(lhr, id)).join(' / ')} (${seconds(pageStarted)})`,
      );
    } catch (error) {
      measured.push({ ...page, error: (error as Error).message });
      console.log(`error: ${(error as Error).message}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const sample = measured.find((page) => page.lhr)?.lhr;
const lines = [
  `Lighthouse ${sample?.lighthouseVersion ?? '?'} (mobile preset, simulated throttling) on ${sample?.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${new Date().toISOString().slice(0, 10)}, site built with map tiles off and served from 127.0.0.1.`,
  // Hosts compress HTML, CSS and JavaScript; serve-static doesn't, which the simulated load times include.
  'The local server sends files uncompressed, so Lighthouse flags `document-latency-insight` on every page and its simulated paint times are a little slower than a compressing host would give.',
  '',
  '| page | performance | accessibility | best practices | SEO |',
  '| --- | --- | --- | --- | --- |',
  ...measured.map(
    (page) => `| ${page.name} \`${page.path}\` | ${CATEGORIES.map((id) => score(page.lhr, id)).join(' | ')} |`,
  ),
  '',
];
for (const page of measured) {
  if (page.error) {
    lines.push(`**${page.name}** \`${page.path}\`: Lighthouse failed: ${page.error}`, '');
    continue;
  }
  const lhr = page.lhr!;
  const missing = CATEGORIES.filter((category) => score(lhr, category) !== '100').flatMap((category) => [
    ...losses(lhr, category).map(
      ({ audit, points }) => `- ${lhr.categories[category]!.title} −${points.toFixed(1)}: ${describe(audit)}`,
    ),
    ...(category === 'performance' ? performanceCauses(lhr).map((audit) => `  - cause: ${describe(audit)}`) : []),
  ]);
  if (missing.length) lines.push(`**${page.name}** \`${page.path}\``, '', ...missing, '');
}
const report = lines.join('\n');
writeFileSync(outFile, report);
console.log(`\n${report}\nWritten to ${outFile} (${seconds(started)} in all).`);
if (measured.some((page) => page.error)) {
  console.error('Lighthouse could not audit every page (see above); the scores of the others stand.');
  process.exitCode = 1;
}
