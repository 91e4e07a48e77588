/**
 * The editor at /admin/ (Decap CMS) in headless Chromium, against its local backend: decap-server, from npm, reading
 * and writing a temporary copy of the fixture content, never the real content/. It creates a campaign and edits a
 * win through the editor's own forms, and the files it writes pass the validator unchanged.
 *
 * decap-server's file mode has no editorial workflow (the editor says so and publishes directly), so branches and
 * pull requests are not exercised here; the configuration test checks that they are switched on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

function startBackend(directory: string): Promise<ChildProcess> {
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, GIT_REPO_DIRECTORY: directory, MODE: 'fs', PORT: LOCAL_BACKEND_PORT, LOG_LEVEL: 'warn' },
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
  [backend, site] = await Promise.all([startBackend(root), openSite()]);
});
afterAll(async () => {
  backend?.kill();
  await site?.close();
});

async function signIn() {
  const opened = await site.open('/admin/');
  await opened.page.getByRole('button', { name: 'Login' }).click();
  await opened.page.waitForSelector('text=Campaigns');
  return opened;
}

/** A field's box; Decap gives each an id from the field's name. In a list, the newest item's. */
const field = (page: Page, name: string) => page.locator(`:is(input, textarea)[id^="${name}-field-"]`).last();

/** Chooses an option of a select widget (react-select): type it and press Enter. */
async function choose(page: Page, name: string, option: string) {
  await field(page, name).fill(option);
  await page.keyboard.press('Enter');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
  await page.waitForSelector('text=Entry saved');
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
    await publish(page);

    const written = readFileSync(join(root, 'content/campaigns/divest-peoria.mdx'), 'utf8');
    expect(written).toMatch(/^---\ntitle: Divest Peoria\n/);
    expect(written).toMatch(/\nstate: IL\n/);
    expect(validationProblems()).toEqual([]);
    await opened.close();
  });

  it('edits an existing win, keeping its own `body` field and its text', async () => {
    const opened = await signIn();
    const { page } = opened;
    await page.goto(`${site.server.url}/admin/#/collections/wins/entries/springfield-divests-2025`);
    await expect.poll(() => field(page, 'vote').inputValue()).toBe('5-2');
    await field(page, 'vote').fill('6-1');
    await publish(page);

    const written = readFileSync(join(root, 'content/wins/springfield-divests-2025.mdx'), 'utf8');
    expect(written).toMatch(/\nvote: 6-1\n/);
    expect(written).toMatch(/\nbody: Springfield City Council\n/);
    expect(written).toMatch(/---\n\nA made-up win for tests\.\n$/);
    expect(validationProblems()).toEqual([]);
    await opened.close();
  });
});
