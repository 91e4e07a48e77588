/**
 * Copies of this project in temporary folders, around made-up content, for build tests and benchmarks. The code
 * is copied (src/, public/ and the config files) and node_modules is linked, so `astro build` runs exactly as it
 * does here. Copies are removed when the process exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npm run build`: Astro's build into a fresh folder, swapped in for dist/ only when it succeeds. */
const BUILD = join(PROJECT_ROOT, 'scripts/build.ts');
const made: string[] = [];

/** Removes every temporary folder made so far. Test files call it when they finish: Vitest ends its workers
 * without an `exit` event. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

process.on('exit', removeTempDirs);

/** An empty temporary folder, removed when the process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Copies the project's code into `root` (which holds, or will hold, its own content/). */
export function copyCode(root: string): string {
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Builds the project in a folder as `npm run build` does, with the Node running this process, and waits for it. */
export function buildProject(
  root: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [BUILD], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...BUILD_ENV, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `buildProject` without blocking, so several builds can run side by side. */
export function buildProjectAsync(
  root: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUILD], { cwd: root, env: { ...process.env, ...BUILD_ENV, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Runs a command and measures its wall time, peak memory (the most resident memory that the process and every
 * process under it held at once, sampled every 100 ms) and, on Linux, CPU time: its own (with every process under
 * it; Linux counts it once they have ended, with any other child of this process that ends meanwhile, so start none)
 * and what the rest of the machine used meanwhile. A build that shares the machine takes longer, so the bench
 * shows the second beside each time.
 */
export async function measure(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{
  seconds: number;
  peakMb: number | undefined;
  cpu: { own: number; others: number } | undefined;
  status: number | null;
  output: string;
}> {
  const cpuBefore = cpuTimes();
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...BUILD_ENV, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak: number | undefined;
  const timer = setInterval(() => {
    const rss = treeRss(child.pid);
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const cpuAfter = cpuTimes();
  return {
    seconds: (performance.now() - started) / 1000,
    peakMb: peak === undefined ? undefined : peak / 1024,
    cpu: cpuBefore && cpuAfter ? cpuBetween(cpuBefore, cpuAfter) : undefined,
    status,
    output,
  };
}

type CpuTimes = { machine: number; self: number; children: number };

/** The CPU seconds a measured command used between two readings, and those the rest of the machine used. */
function cpuBetween(before: CpuTimes, after: CpuTimes): { own: number; others: number } {
  const own = after.children - before.children;
  const mine = after.self - before.self;
  // The kernel keeps the machine's and each process's times by different means, so a quiet machine can come out a
  // tick or two below zero.
  return { own, others: Math.max(0, after.machine - before.machine - own - mine) };
}

/** Clock ticks per second in /proc: 100 on every Linux that Node runs on. */
const TICKS = 100;

/**
 * CPU seconds so far, from /proc: the machine's busy time on all cores (idle, I/O wait and time the hypervisor gave
 * to other machines left out), this process's own, and that of its children once they have ended (Linux adds a
 * process's waited-for descendants to its parent's). Undefined off Linux.
 */
function cpuTimes(): CpuTimes | undefined {
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // Fields after the command name, which may itself hold spaces and brackets: the 14th and 15th of the line are
    // the process's user and system time, the 16th and 17th its children's.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return {
      machine: (user! + nice! + system! + irq! + softirq!) / TICKS,
      self: (fields[11]! + fields[12]!) / TICKS,
      children: (fields[13]! + fields[14]!) / TICKS,
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether /proc lists each thread's children (Linux built with CONFIG_PROC_CHILDREN). Asked once: the sampler runs
 * ten times a second, and without those lists procTreeRss would silently miss every process under the first.
 */
const PROC_LISTS_CHILDREN = existsSync(`/proc/self/task/${process.pid}/children`);

/**
 * Resident memory in KB of a process and every process under it: `npm run build` starts Astro and then Pagefind, so
 * children's children count too. On Linux it reads /proc, which costs the machine far less than starting `ps` ten
 * times a second while the build being measured wants both cores; elsewhere (macOS) it asks `ps`.
 */
function treeRss(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const total = PROC_LISTS_CHILDREN ? procTreeRss(pid) : psTreeRss(pid);
  return total > 0 ? total : undefined;
}

function procTreeRss(pid: number): number {
  let total = 0;
  for (const queue = [pid]; queue.length;) {
    const next = queue.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${next}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${next}/task`))
        queue.push(
          ...readFileSync(`/proc/${next}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
        );
    } catch {
      // The process ended between two reads: it holds no memory now.
    }
  }
  return total;
}

function psTreeRss(pid: number): number {
  const result = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  if (result.status !== 0) return 0;
  const processes = result.stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  // Parents are listed before their children in ps's output only by chance, so repeat until nothing is added.
  for (let grown = true; grown;) {
    grown = false;
    for (const [child, parent] of processes)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grown = true;
      }
  }
  return processes.filter(([child]) => tree.has(child)).reduce((sum, [, , rss]) => sum + rss, 0);
}
