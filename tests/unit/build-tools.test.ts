import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentAside } from '../../scripts/lib/content-checks.ts';
import { measure, PROJECT_ROOT, tempDir } from '../../scripts/lib/project.ts';

describe('the content checks on a worker thread (npm run build)', () => {
  const minimalSite = join(PROJECT_ROOT, 'tests/fixtures/minimal-site');

  it('reports no errors for a content folder that passes the checks', async () => {
    expect(await checkContentAside(minimalSite)).not.toHaveProperty('errors');
  });

  it("returns the checks' report of a broken file, which stops the build", async () => {
    const root = tempDir('c4p-checks-');
    cpSync(minimalSite, root, { recursive: true });
    writeFileSync(join(root, 'content/campaigns/broken.mdx'), '---\ntitle: No other field\n---\n');
    const { errors } = await checkContentAside(root);
    expect(errors).toMatch(/content\/campaigns\/broken\.mdx.*summary/);
  });

  it('fails with the reason, instead of leaving the build waiting, when the checks cannot run', async () => {
    await expect(checkContentAside(join(PROJECT_ROOT, 'no-such-folder'))).rejects.toThrow(/no-such-folder/);
  });
});

describe("the benchmark's measure", () => {
  it('counts the memory of the processes under the one it started, as Pagefind runs under Astro', async () => {
    const hold = (mb: number) => `node -e "const kept = Buffer.alloc(${mb} * 2 ** 20, 1); setTimeout(() => {}, 1200)"`;
    const run = await measure('bash', ['-c', `bash -c '${hold(150)}' & ${hold(100)}; wait`], PROJECT_ROOT);
    expect(run.status).toBe(0);
    expect(run.peakMb).toBeGreaterThan(250);
    expect(run.peakMb).toBeLessThan(600);
  });

  // A loop that spins until it has used this much CPU, however busy the machine, then says so in a file.
  const burn = (seconds: number, done = '') =>
    `node -e "for (let u = process.cpuUsage(); u.user + u.system < ${seconds} * 1e6; u = process.cpuUsage()); ${done ? `require('fs').writeFileSync('${done}', '')` : ''}"`;

  it.skipIf(process.platform !== 'linux')(
    'counts the CPU time of the processes under the one it started as its own',
    async () => {
      const run = await measure('bash', ['-c', burn(1)], PROJECT_ROOT);
      expect(run.cpu!.own).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.skipIf(process.platform !== 'linux')(
    'counts the CPU time that other processes used meanwhile as others’',
    async () => {
      const done = join(tempDir('c4p-burn-'), 'done');
      // The measured command only waits while another process burns a second of CPU. A shell starts that one and
      // leaves it running, so it is not this process's child: Linux would count an ended child's CPU as ours.
      const run = measure('bash', ['-c', `until [ -f '${done}' ]; do sleep 0.05; done`], PROJECT_ROOT);
      spawn('bash', ['-c', `${burn(1, done)} &`]);
      const measured = await run;
      expect(measured.cpu!.others).toBeGreaterThanOrEqual(0.95);
      expect(measured.cpu!.own).toBeLessThan(0.5);
    },
  );
});
