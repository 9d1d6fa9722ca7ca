import { parentPort, workerData } from 'node:worker_threads';

import { documentEngine } from './liquid';
import type { RenderJob, RenderOutcome } from './render-job';

// One render per worker: the parent stops it after its time limit, and its heap is capped.
const job = workerData as RenderJob;
void documentEngine(job.locale)
  .parseAndRender(job.body, job.variables)
  .then(
    (html: string): RenderOutcome => ({ ok: true, html }),
    (error: unknown): RenderOutcome => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
  .then((outcome) => parentPort?.postMessage(outcome));
