/** The content checks on a worker thread (see checkContentAside in content-checks.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildReport } from '../../src/integrations/content-integrity.ts';
import { validateContent } from '../../src/lib/validate.ts';

parentPort!.postMessage(buildReport(validateContent({ root: (workerData as { root: string }).root }).problems));
