/**
 * The editor at /admin/ (Decap CMS) in headless Chromium, against its local backend: decap-server, from npm, in its
 * git mode, on a temporary git repository holding a copy of the fixture content (never the real content/). Through
 * the editor's own forms it creates a campaign and edits a win, each through the editorial workflow: saving puts
 * the change on a branch of its own (a pull request, on GitHub), and publishing merges it. The files it writes pass
 * the validator unchanged.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { makeSite } from '../helpers/temp-site.ts';
import { openSite, type Site } from './harness.ts';

/** The port the editor looks for its local backend on, when `local_backend: true`. */
const LOCAL_BACKEND_PORT = '8081';

let site: Site;
let root: string;
let backend: ChildProcess;

const AUTHOR = { name: 'Editor test', email: 'editor-test@example.org' };
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: AUTHOR.name,
  GIT_AUTHOR_EMAIL: AUTHOR.email,
  GIT_COMMITTER_NAME: AUTHOR.name,
  GIT_COMMITTER_EMAIL: AUTHOR.email,
};
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });

function startBackend(directory: string): Promise<ChildProcess> {
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [server], {
    env: {
      ...process.env,
      ...GIT_IDENTITY,
      GIT_REPO_DIRECTORY: directory,
      MODE: 'git',
      PORT: LOCAL_BACKEND_PORT,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const started = setInterval(async () => {
      try {
        await fetch(`http://localhost:${LOCAL_BACKEND_PORT}/api/v1`, { method: 'POST' });
        clearInterval(started);
        resolve(child);
      } catch {
        // Not listening yet.
      }
    }, 100);
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearInterval(started);
      reject(new Error(`decap-server stopped (exit ${code}); is port ${LOCAL_BACKEND_PORT} taken?\n${output}`));
    });
  });
}

beforeAll(async () => {
  root = makeSite();
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '--message', 'The fixture content');
  [backend, site] = await Promise.all([startBackend(root), openSite()]);
});
afterAll(async () => {
  backend?.kill();
  await site?.close();
});

/**
 * Opening an entry, the editor asks the backend for its unpublished draft, and a missing one is a 404, which the
 * browser logs as an error. Those are allowed, and only those: every failed response is checked to be that question.
 */
async function signIn() {
  const opened = await site.open('/admin/', { allowErrors: /the server responded with a status of 404/ });
  const { page } = opened;
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const action = (JSON.parse(response.request().postData() ?? '{}') as { action?: string }).action;
    if (!(response.status() === 404 && action === 'unpublishedEntry')) failed.push(`${response.status()} ${action}`);
  });
  // Publishing asks "Are you sure?"; Playwright would dismiss it.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForSelector('text=Campaigns');
  return {
    ...opened,
    close: async () => {
      expect(failed).toEqual([]);
      await opened.close();
    },
  };
}

/** A field's box; Decap gives each an id from the field's name. In a list, the newest item's. */
const field = (page: Page, name: string) => page.locator(`:is(input, textarea)[id^="${name}-field-"]`).last();

/** Chooses an option of a select widget (react-select): type it and press Enter. */
async function choose(page: Page, name: string, option: string) {
  await field(page, name).fill(option);
  await page.keyboard.press('Enter');
}

/** Saves the entry: a commit on a branch of its own, which on GitHub is a pull request. */
async function save(page: Page, branch: string) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
  expect(git('branch', '--list', branch)).toContain(branch);
}

/** Marks a saved entry ready and publishes it, which merges its branch. */
async function publish(page: Page, branch: string) {
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Status: Ready' }).waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect.poll(() => git('branch', '--list', branch)).toBe('');
}

function validationProblems() {
  return validateContent({ root }).problems.map((problem) => `${problem.file}: ${problem.message}`);
}

describe('the editor at /admin/', () => {
  it('loads under its Content-Security-Policy with no console error, and finds the local backend', async () => {
    const opened = await signIn();
    await opened.page.getByRole('link', { name: 'Wins' }).first().waitFor();
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it('creates a campaign whose file passes the validator', async () => {
    const opened = await signIn();
    const { page } = opened;
    await page.goto(`${site.server.url}/admin/#/collections/campaigns/new`);
    await field(page, 'title').fill('Divest Peoria');
    await field(page, 'summary').fill('Asks the Peoria City Council to divest from weapons makers.');
    await field(page, 'city').fill('Peoria');
    await choose(page, 'state', 'IL');
    await choose(page, 'issues', 'divestment');
    await choose(page, 'status', 'active');
    await page.getByRole('button', { name: 'Add decision-makers' }).click();
    await field(page, 'targets').fill('Peoria City Council');
    await field(page, 'updated').fill('2026-01-02');
    await save(page, 'cms/campaigns/divest-peoria');
    // Saved is not published: the campaign is on its branch only, as in a pull request.
    const file = 'content/campaigns/divest-peoria.mdx';
    expect(git('show', `cms/campaigns/divest-peoria:${file}`)).toMatch(/^---\ntitle: Divest Peoria\n/);
    expect(existsSync(join(root, file))).toBe(false);
    await publish(page, 'cms/campaigns/divest-peoria');

    const written = readFileSync(join(root, 'content/campaigns/divest-peoria.mdx'), 'utf8');
    expect(written).toMatch(/^---\ntitle: Divest Peoria\n/);
    expect(written).toMatch(/\nstate: IL\n/);
    expect(written).toMatch(/\nupdated: 2026-01-02\n/);
    expect(validationProblems()).toEqual([]);
    await opened.close();
  });

  it('edits an existing win, keeping its own `body` field and its text', async () => {
    const opened = await signIn();
    const { page } = opened;
    await page.goto(`${site.server.url}/admin/#/collections/wins/entries/springfield-divests-2025`);
    await expect.poll(() => field(page, 'vote').inputValue()).toBe('5-2');
    await field(page, 'vote').fill('6-1');
    await save(page, 'cms/wins/springfield-divests-2025');
    await publish(page, 'cms/wins/springfield-divests-2025');

    const written = readFileSync(join(root, 'content/wins/springfield-divests-2025.mdx'), 'utf8');
    expect(written).toMatch(/\nvote: 6-1\n/);
    expect(written).toMatch(/\nbody: Springfield City Council\n/);
    expect(written).toMatch(/---\n\nA made-up win for tests\.\n$/);
    expect(validationProblems()).toEqual([]);
    await opened.close();
  });
});
