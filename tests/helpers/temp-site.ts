/**
 * Temporary copies of the minimal fixture site, with one thing changed, for tests that check what a contributor's
 * mistake does. Every copy lives in the system's temp folder and is removed when the test process ends.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildProject, buildProjectAsync, copyCode, PROJECT_ROOT, tempDir } from '../../scripts/lib/project.ts';

export { buildProject, buildProjectAsync, PROJECT_ROOT };

const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/minimal-site/content');

/**
 * A fresh copy of the fixture site's content/ under a temp root. `files` maps paths under content/ to new text,
 * or to null to delete the file.
 */
export function makeSite(files: Record<string, string | null> = {}): string {
  const root = tempDir('c4p-site-');
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

/** A buildable copy of the project around the fixture content, with `files` changed as for `makeSite`. */
export function makeProject(files: Record<string, string | null> = {}): string {
  return copyCode(makeSite(files));
}

/** A buildable copy of the whole project, real content included. */
export function copyProject(): string {
  const root = tempDir('c4p-copy-');
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return copyCode(root);
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
