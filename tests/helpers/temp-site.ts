/**
 * Temporary copies of the minimal fixture site, with one thing changed, for tests that check what a contributor's
 * mistake does. Every copy lives in the system's temp folder and is removed when the test process ends.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/minimal-site/content');
const made: string[] = [];

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh copy of the fixture site's content/ under a temp root. `files` maps paths under content/ to new text,
 * or to null to delete the file.
 */
export function makeSite(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'c4p-site-'));
  made.push(root);
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, 'content', path);
    if (text === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

/** The fixture campaign's front-matter with some fields replaced, as a complete file. */
export function campaignFile(fields: Record<string, string>, body = 'A made-up campaign for tests.'): string {
  const base: Record<string, string> = {
    title: 'Divest Shelbyville',
    summary: "A made-up test campaign asking Shelbyville's council to divest.",
    city: 'Shelbyville',
    state: 'IL',
    issues: '[divestment]',
    status: 'active',
    targets: '[Shelbyville City Council]',
    updated: '2026-01-01',
  };
  const lines = Object.entries({ ...base, ...fields })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/**
 * A buildable copy of the project around the fixture content: the code is copied (src/ and the config files) and
 * node_modules is linked, so `astro build` runs exactly as it does here, on made-up content.
 */
export function makeProject(files: Record<string, string | null> = {}): string {
  const root = makeSite(files);
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs `astro build` in a project folder with the Node that runs the tests, returning its exit code and output. */
export function buildProject(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
