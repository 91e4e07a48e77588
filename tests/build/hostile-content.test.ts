/**
 * Every hostile file in tests/fixtures/hostile/ is refused by `npm run validate`, naming the file and the line, and
 * stops the build, whose output lists every one of them at once; nothing any of them tried reaches the site. One
 * more build proves that the content guard also runs inside Astro's own Markdown pipeline, as a second line.
 *
 * The rules are tested file by file at the validator (fast); the builds are two, because each takes seconds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildProject, makeProject, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

const HOSTILE = join(PROJECT_ROOT, 'tests/fixtures/hostile');
const files = readdirSync(HOSTILE).filter((name) => /\.mdx?$/.test(name) && name !== 'README.md');
const hostile = (name: string) => readFileSync(join(HOSTILE, name), 'utf8');

/** Every file under `dir`, and (for a folder that doesn't exist) none. */
function everyFile(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files a build could have written that carry the marker every hostile file uses. */
const leaked = (root: string) =>
  ['dist', '.dist-next']
    .flatMap((dir) => everyFile(join(root, dir)))
    .filter((file) => readFileSync(file, 'utf8').includes('PWNED'));

describe('hostile content', () => {
  it('has a corpus of at least twenty-five files', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('npm run validate refuses %s, naming the file and the line', (name) => {
    const root = makeSite({ [`campaigns/${name}`]: hostile(name) });
    const problems = validateContent({ root }).problems.filter((problem) => problem.severity === 'error');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toBe(`content/campaigns/${name}`);
      expect(problem.line).toBeGreaterThan(1);
    }
  });

  it('stops the build, which lists every hostile file at once, and nothing of them reaches the site', () => {
    const root = makeProject(Object.fromEntries(files.map((name) => [`campaigns/${name}`, hostile(name)])));
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    for (const name of files) expect(output).toContain(`content/campaigns/${name}:`);
    expect(leaked(root)).toEqual([]);
  }, 120_000);

  it("is stopped inside Astro's Markdown pipeline too, where the checks before the build don't look", () => {
    // A page in src/pages/ goes through the same Markdown processor, but not through the content checks.
    const root = makeProject();
    mkdirSync(join(root, 'src/pages/probe'), { recursive: true });
    writeFileSync(
      join(root, 'src/pages/probe/index.mdx'),
      "import os from 'node:os'\n\nBuilt on {os.hostname()} PWNED.\n",
    );
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain('src/pages/probe/index.mdx uses code or markup that content files may not contain');
    expect(output).toContain('uses import or export, which would run code when the site is built');
    expect(output).not.toContain(`Built on ${hostname()}`);
    expect(leaked(root)).toEqual([]);
  }, 120_000);
});

describe('what the checks refuse besides code', () => {
  const lines = (files: Record<string, string | null>) =>
    validateContent({ root: makeSite(files) })
      .problems.filter((problem) => problem.severity === 'error')
      .map(formatProblem);
  const campaign = (fields: string, body = 'Text.') =>
    `---\ntitle: T\nsummary: S\ncity: Springfield\nstate: IL\nissues: [other]\nstatus: active\ntargets: [Springfield City Council]\nupdated: 2026-01-01\n${fields}---\n\n${body}\n`;

  it('a page file that would take over an address of the site, or a language', () => {
    const page = '---\ntitle: T\ndescription: D\nupdated: 2026-01-01\n---\n\nText.\n';
    expect(lines({ 'pages/es.mdx': page, 'pages/search.mdx': page, 'pages/campaigns.mdx': page })).toEqual([
      expect.stringMatching(
        /^content\/pages\/campaigns\.mdx:1:1 {2}\(file\) {2}would be the page \/campaigns\/, an address the site already uses/,
      ),
      expect.stringMatching(/^content\/pages\/es\.mdx:1:1 {2}\(file\) {2}would be the page \/es\//),
      expect.stringMatching(/^content\/pages\/search\.mdx:1:1 {2}\(file\) {2}would be the page \/search\//),
    ]);
  });

  it('an upper-case extension, which the build would skip without a word', () => {
    expect(lines({ 'campaigns/shouting.MDX': campaign('') })).toEqual([
      'content/campaigns/shouting.MDX:1:1  (file)  has an upper-case extension (.MDX), which the site does not read — rename it to shouting.mdx',
    ]);
  });

  it('a date-like title, and control characters in a field, before the build could trip on them', () => {
    expect(
      lines({
        'campaigns/dated.mdx': campaign('').replace('title: T', 'title: 2024-05-01'),
        'campaigns/escaped.mdx': campaign('').replace('summary: S', 'summary: "Bell \\a and tab \\v here"'),
        'campaigns/invisible.mdx': campaign('').replace('title: T', 'title: "\u200b\u200b"'),
      }),
    ).toEqual([
      expect.stringMatching(/^content\/campaigns\/dated\.mdx:2:1 {2}title {2}is not text/),
      expect.stringMatching(
        /^content\/campaigns\/escaped\.mdx:3:1 {2}summary {2}contains an invisible control character \(U\+0007\)/,
      ),
      expect.stringMatching(/^content\/campaigns\/invisible\.mdx:2:1 {2}title {2}has only invisible characters/),
    ]);
  });

  it('links to pages that do not exist, however Markdown writes them, and links relative to the page', () => {
    const body = [
      '[a]( /no-page/ )',
      '',
      '[b](</nor-this/>)',
      '',
      '[c][ref]',
      '',
      '[ref]: /nor-that/',
      '',
      '[d](../up/)',
    ].join('\n');
    expect(lines({ 'campaigns/links.mdx': campaign('', body) }).map((line) => line.split(' — ')[0])).toEqual([
      'content/campaigns/links.mdx:12:1  (body)  links to /no-page/, which is not a page on the site',
      'content/campaigns/links.mdx:14:1  (body)  links to /nor-this/, which is not a page on the site',
      'content/campaigns/links.mdx:18:1  (body)  links to /nor-that/, which is not a page on the site',
      'content/campaigns/links.mdx:20:1  (body)  links to "../up/", an address relative to the page, which breaks when the page moves',
    ]);
  });

  it('files and values too long to be anything but a mistake', () => {
    const title = 'x'.repeat(200_000);
    const huge = campaign('', 'word '.repeat(50_000));
    expect(
      lines({
        'campaigns/huge.mdx': huge,
        'campaigns/long-source.mdx': campaign(
          `sources:\n  - url: https://example.org/${'a'.repeat(2_100)}\n    title: ${title.slice(0, 400)}\n`,
        ),
      }).map((line) => line.split(' — ')[0]),
    ).toEqual([
      `content/campaigns/huge.mdx:1:1  (file)  is ${huge.length.toLocaleString('en-US')} characters long`,
      'content/campaigns/long-source.mdx:11:5  sources[0].url  is 2120 characters long',
      'content/campaigns/long-source.mdx:12:5  sources[0].title  is 400 characters long',
    ]);
  });

  it('a symbolic link in place of a file, which the build might follow', async () => {
    const { symlinkSync } = await import('node:fs');
    const root = makeSite();
    writeFileSync(join(root, 'outside.mdx'), campaign('contact: maria.lopez@gmail.com\n'));
    symlinkSync(join(root, 'outside.mdx'), join(root, 'content/campaigns/linked.mdx'));
    expect(validateContent({ root }).problems.map(formatProblem)).toEqual([
      'content/campaigns/linked.mdx:1:1  (file)  is a symbolic link, which the checks do not follow — replace the link with the file itself',
    ]);
  });
});
