/**
 * `npm run check-sources` against real HTTP servers on 127.0.0.1: a live page, a 404, a 410, a redirect chain, a
 * page too slow to answer, and a stand-in for the Wayback Machine's availability API and Save Page Now. The command
 * runs as a contributor runs it, in a temporary copy of the fixture site, so nothing here touches the network.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignFile, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

const run = promisify(execFile);

/** Every request the servers saw, as `path` or `path?query`. */
const seen: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    seen.push(`${request.method} ${url.pathname}${url.search}`);
    if (url.pathname === '/live') return response.end('a page');
    if (url.pathname === '/missing') return response.writeHead(404).end();
    if (url.pathname === '/gone') return response.writeHead(410).end();
    if (url.pathname === '/hop-1') return response.writeHead(301, { location: '/hop-2' }).end();
    if (url.pathname === '/hop-2') return response.writeHead(302, { location: `${base}/live` }).end();
    if (url.pathname === '/slow') return void setTimeout(() => response.end('late'), 3000);
    if (url.pathname === '/available') {
      // The availability API: a snapshot of /missing near the asked-for day, none of /gone.
      const asked = url.searchParams.get('url') ?? '';
      const closest = asked.endsWith('/missing')
        ? { available: true, url: `http://web.archive.org/web/${url.searchParams.get('timestamp')}/${asked}` }
        : undefined;
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify({ url: asked, archived_snapshots: closest ? { closest } : {} }));
    }
    if (url.pathname.startsWith('/save/')) {
      const saved = url.pathname.slice('/save/'.length);
      return response.writeHead(200, { 'content-location': `/web/20261204120000/${saved}` }).end();
    }
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A site whose one checked campaign cites each kind of address, with the source's `url:` on a known line. */
function siteCitingEveryKind() {
  const sources = ['live', 'missing', 'gone', 'hop-1', 'slow']
    .map((path) => `\n  - url: ${base}/${path}\n    title: The ${path} page\n    date: 2024-03-05`)
    .join('');
  return makeSite({
    'campaigns/shelbyville-sources.mdx': campaignFile(
      { sources },
      `Read [the council's page](${base}/missing) for the agenda.`,
    ),
  });
}

async function checkSources(root: string, ...args: string[]) {
  const options = ['--timeout', '500', '--delay', '0', '--wayback-endpoint', `${base}/available`];
  try {
    const script = join(PROJECT_ROOT, 'scripts/check-sources.ts');
    const { stdout, stderr } = await run(process.execPath, [script, ...options, ...args], { cwd: root });
    return { stdout, stderr, status: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, status: failed.code };
  }
}

const FILE = 'content/campaigns/shelbyville-sources.mdx';

describe('npm run check-sources', () => {
  it('prints one line per problem at its file and line, a summary table, and exits 1 for a dead link', async () => {
    const root = siteCitingEveryKind();
    const { stdout, status } = await checkSources(root, '--only', 'shelbyville-sources');
    const lines = stdout.split('\n');
    expect(status).toBe(1);
    // The sources' url: lines are 11, 14, 17, 20 and 23; the body link is on line 28.
    expect(lines.filter((line) => line.startsWith(FILE))).toEqual([
      `${FILE}:14  ${base}/missing  not found (404); archived copy: archive: https://web.archive.org/web/20240305/${base}/missing`,
      `${FILE}:17  ${base}/gone  gone (410)`,
      `${FILE}:20  ${base}/hop-1  moved to ${base}/live`,
      `${FILE}:23  ${base}/slow  timed out`,
      `${FILE}:28  ${base}/missing  not found (404)`,
    ]);
    expect(stdout).toContain('6 links in 1 files, 5 addresses');
    expect(stdout).toContain('| fine | 1 |\n| moved | 1 |\n| dead | 3 |\n| timed out | 1 |');
    expect(stdout).toContain('1 archived copies found; run with --write to add them.');
  });

  it('writes a JSON report with every link, its result, its redirects and the proposed copy', async () => {
    const root = siteCitingEveryKind();
    await checkSources(root, '--only', 'shelbyville-sources', '--report', 'report.json');
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as {
      links: {
        url: string;
        line: number;
        outcome: string;
        status?: number;
        redirects: string[];
        proposedArchive: string | null;
      }[];
    };
    expect(
      report.links.map(({ url, line, outcome, status }) => [url.slice(base.length), line, outcome, status]),
    ).toEqual([
      ['/live', 11, 'ok', 200],
      ['/missing', 14, 'dead', 404],
      ['/gone', 17, 'dead', 410],
      ['/hop-1', 20, 'moved', 200],
      ['/slow', 23, 'timeout', undefined],
      ['/missing', 28, 'dead', 404],
    ]);
    expect(report.links[3]!.redirects).toEqual([`${base}/hop-2`, `${base}/live`]);
    expect(report.links[1]!.proposedArchive).toBe(`https://web.archive.org/web/20240305/${base}/missing`);
    // A link in the body cannot take an archive: line, so nothing is proposed for it.
    expect(report.links[5]!.proposedArchive).toBeNull();
  });

  it('with --write, adds the archived copy below the dead source and the file still validates', async () => {
    const root = siteCitingEveryKind();
    const { stdout } = await checkSources(root, '--only', 'shelbyville-sources', '--write');
    expect(stdout).toContain('Added 1 archive: lines to 1 files.');
    const lines = readFileSync(join(root, FILE), 'utf8').split('\n');
    expect(lines.slice(13, 17)).toEqual([
      `  - url: ${base}/missing`,
      `    archive: https://web.archive.org/web/20240305/${base}/missing`,
      '    title: The missing page',
      '    date: 2024-03-05',
    ]);
    const { validateContent } = await import('../../src/lib/validate.ts');
    expect(validateContent({ root }).problems.filter((problem) => problem.file === FILE)).toEqual([]);
  });

  it('reuses cached results on a rerun, and asks again with --max-age 0', async () => {
    const root = siteCitingEveryKind();
    const asked = () => seen.filter((request) => request === 'GET /live').length;
    await checkSources(root, '--only', 'shelbyville-sources');
    expect(existsSync(join(root, '.cache/check-sources.json'))).toBe(true);
    const before = asked();
    const { stdout } = await checkSources(root, '--only', 'shelbyville-sources');
    expect(asked()).toBe(before);
    expect(stdout).toContain(`${FILE}:17  ${base}/gone  gone (410)`);
    await checkSources(root, '--only', 'shelbyville-sources', '--max-age', '0');
    // Once for /live itself and once at the end of the redirect chain.
    expect(asked()).toBe(before + 2);
  });

  it('checks only the entries --only names, by slug or by a glob over files', async () => {
    const root = siteCitingEveryKind();
    const bySlug = await checkSources(root, '--only', 'springfield-*');
    expect(bySlug.stdout).not.toContain(base);
    const byFile = await checkSources(root, '--only', 'content/campaigns/shelby*');
    expect(byFile.stdout).toContain('6 links in 1 files');
  });

  it('exits 0 when nothing is dead, even with a moved link', async () => {
    const sources = `\n  - url: ${base}/live\n    title: Live\n  - url: ${base}/hop-1\n    title: Moved`;
    const root = makeSite({ 'campaigns/shelbyville-sources.mdx': campaignFile({ sources }) });
    const { stdout, status } = await checkSources(root, '--only', 'shelbyville-sources');
    expect(status).toBe(0);
    expect(stdout).toContain(`moved to ${base}/live`);
  });

  it('with --archive-missing, asks Save Page Now for each live source without a copy and writes it', async () => {
    const sources = `\n  - url: ${base}/live\n    title: Live\n  - url: ${base}/missing\n    title: Missing`;
    const root = makeSite({ 'campaigns/shelbyville-sources.mdx': campaignFile({ sources }) });
    await checkSources(
      root,
      '--only',
      'shelbyville-sources',
      '--archive-missing',
      '--save-endpoint',
      `${base}/save/`,
      '--save-delay',
      '0',
    );
    const text = readFileSync(join(root, FILE), 'utf8');
    expect(text).toContain(`  - url: ${base}/live\n    archive: http://127.0.0.1:`);
    expect(text).toContain(`/web/20261204120000/${base}/live\n    title: Live`);
    // A dead source is not saved (there is nothing left to keep), and without --write its proposal is not written.
    expect(text).toContain(`  - url: ${base}/missing\n    title: Missing`);
    expect(seen).toContain(`POST /save/${base}/live`);
    expect(seen).not.toContain(`POST /save/${base}/missing`);
  });

  it('stops with 2 and saves nothing when no server answers at all, as on a machine that is offline', async () => {
    // Port 9 (discard) has nothing listening here, so every request is refused, as every request fails offline.
    const sources = ['a', 'b', 'c', 'd', 'e']
      .map((path) => `\n  - url: http://127.0.0.1:9/${path}\n    title: ${path}`)
      .join('');
    const root = makeSite({ 'campaigns/shelbyville-sources.mdx': campaignFile({ sources }) });
    const { status, stderr } = await checkSources(root, '--only', 'shelbyville-sources');
    expect(status).toBe(2);
    expect(stderr).toContain('None of the 5 servers asked answered, so this machine is probably offline.');
    expect(existsSync(join(root, 'check-sources-report.json'))).toBe(false);
    expect(existsSync(join(root, '.cache/check-sources.json'))).toBe(false);
  });
});
