import { Worker } from 'node:worker_threads';
import type { buildReport } from '../../src/integrations/content-integrity.ts';

/** What the checks mean for the build: the errors that stop it, or the warnings to print. */
type Report = ReturnType<typeof buildReport>;

/**
 * Runs the content checks (src/lib/validate.ts) on a worker thread, so that `npm run build` checks the content on
 * the core Astro's start leaves idle instead of before Astro starts. The thread also writes the report, so the
 * build script never loads the checks itself and holds none of their memory while Astro renders.
 */
export function checkContentAside(root: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-checks.worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', (report: Report) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A worker that dies without a word (out of memory, say) would otherwise leave the build waiting for ever.
    worker.once('exit', (code) => reject(new Error(`the checking thread stopped (exit code ${code})`)));
  });
}
