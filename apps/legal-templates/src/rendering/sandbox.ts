import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { type RenderFailure, TEMPLATE_BODY_MAX_BYTES } from '@pollen/contracts';

import { MarkupOutsideSubset } from './markup';
import type { RenderedFiles, RenderJob, RenderOutcome } from './render-job';

/** The limits every render runs within (issue 14): a body's size, time, memory and outputs. */
export interface RenderLimits {
  bodyBytes: number;
  /** A preview's whole render; Liquid's own render limit (1.5 s) bounds a body's work within it. */
  timeMs: number;
  /** A document's: the same Liquid, then the tree written as PDF and DOCX, whatever the machine's load. */
  documentTimeMs: number;
  heapMb: number;
  /** What the body outputs, before it becomes a document. */
  outputBytes: number;
  /** Each file of a document (HTML, PDF, DOCX). */
  fileBytes: number;
}

export const RENDER_LIMITS: RenderLimits = {
  bodyBytes: TEMPLATE_BODY_MAX_BYTES,
  timeMs: 2_000,
  documentTimeMs: 10_000,
  heapMb: 64,
  outputBytes: 2 * 1024 * 1024,
  fileBytes: 5 * 1024 * 1024,
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
 * Runs one job in a worker thread of its own, with a capped heap, stopped after the time limit: a
 * body that loops, recurses or prints without end costs that worker, never the service.
 */
function inWorker(job: RenderJob, limits: RenderLimits): Promise<Extract<RenderOutcome, { ok: true }>> {
  if (Buffer.byteLength(job.body) > limits.bodyBytes) {
    return Promise.reject(new RenderFailed('body-too-large', `a body is at most ${limits.bodyBytes} bytes`));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER.file, {
      workerData: { ...job, outputBytes: limits.outputBytes, bodyBytes: limits.bodyBytes },
      execArgv: WORKER.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    const timeMs = job.document?.formats.some((format) => format !== 'html') ? limits.documentTimeMs : limits.timeMs;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new RenderFailed('timeout', `rendering stopped after ${timeMs} ms`))),
      timeMs,
    );
    worker.once('message', (outcome: RenderOutcome) =>
      settle(() => {
        if (outcome.ok) return resolve(outcome);
        reject(
          outcome.unsupported
            ? new MarkupOutsideSubset(outcome.unsupported)
            : new RenderFailed('template', outcome.message),
        );
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

/** What a body outputs with these variables, rendered in the sandbox. */
export async function renderInSandbox(job: RenderJob, limits: RenderLimits = RENDER_LIMITS): Promise<string> {
  const { html } = await inWorker(job, limits);
  if (Buffer.byteLength(html) > limits.outputBytes) {
    throw new RenderFailed('output-too-large', `a rendered body is at most ${limits.outputBytes} bytes`);
  }
  return html;
}

/**
 * A body rendered in the sandbox and made a document in each format asked for; markup outside the
 * subset is MarkupOutsideSubset, a file over its limit `output-too-large`.
 */
export async function renderDocumentInSandbox(
  job: RenderJob & Required<Pick<RenderJob, 'document'>>,
  limits: RenderLimits = RENDER_LIMITS,
): Promise<RenderedFiles> {
  const { html, files = {} } = await inWorker(job, limits);
  if (Buffer.byteLength(html) > limits.outputBytes) {
    throw new RenderFailed('output-too-large', `a rendered body is at most ${limits.outputBytes} bytes`);
  }
  for (const [format, bytes] of Object.entries(files)) {
    if (bytes.byteLength > limits.fileBytes) {
      throw new RenderFailed('output-too-large', `a ${format} file is at most ${limits.fileBytes} bytes`);
    }
  }
  return files;
}
