import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { RenderFailure } from '@pollen/contracts';

import type { RenderJob, RenderOutcome } from './render-job';

/** The limits every render runs within (issue 14): a body's size, time, memory and output. */
export interface RenderLimits {
  bodyBytes: number;
  timeMs: number;
  heapMb: number;
  outputBytes: number;
}

export const RENDER_LIMITS: RenderLimits = {
  bodyBytes: 200 * 1024,
  timeMs: 2_000,
  heapMb: 64,
  outputBytes: 2 * 1024 * 1024,
};

export class RenderFailed extends Error {
  constructor(
    readonly failure: RenderFailure,
    message: string,
  ) {
    super(message);
  }
}

// The built service ships the worker compiled beside main.js; tests run its TypeScript source.
const compiled = join(__dirname, 'render.worker.js');
const WORKER = existsSync(compiled)
  ? { file: compiled, execArgv: [] as string[] }
  : { file: join(__dirname, 'render.worker.ts'), execArgv: ['--require', '@swc-node/register'] };

/**
 * Renders a body in a worker thread of its own, with a capped heap, stopped after the time limit:
 * a body that loops, recurses or prints without end costs that worker, never the service.
 */
export function renderInSandbox(job: RenderJob, limits: RenderLimits = RENDER_LIMITS): Promise<string> {
  if (Buffer.byteLength(job.body) > limits.bodyBytes) {
    return Promise.reject(new RenderFailed('body-too-large', `a body is at most ${limits.bodyBytes} bytes`));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER.file, {
      workerData: job,
      execArgv: WORKER.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new RenderFailed('timeout', `rendering stopped after ${limits.timeMs} ms`))),
      limits.timeMs,
    );
    worker.once('message', (outcome: RenderOutcome) =>
      settle(() => {
        if (!outcome.ok) return reject(new RenderFailed('template', outcome.message));
        if (Buffer.byteLength(outcome.html) > limits.outputBytes) {
          return reject(new RenderFailed('output-too-large', `a rendered body is at most ${limits.outputBytes} bytes`));
        }
        resolve(outcome.html);
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new RenderFailed('memory', `rendering ran out of its memory: ${error.message}`)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new RenderFailed('memory', `the render worker stopped (exit ${code})`))),
    );
  });
}
