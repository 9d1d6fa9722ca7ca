import { parentPort, workerData } from 'node:worker_threads';

// Type-only: the worker loads no module of the platform.
import type { DocumentFormat } from '@pollen/contracts';

import { toDocx } from './docx';
import { toHtml } from './html';
import { documentEngine } from './liquid';
import { documentTreeOf, MarkupOutsideSubset } from './markup';
import { toPdf } from './pdf';
import type { RenderedFiles, RenderJob, RenderOutcome } from './render-job';

// One render per worker: the parent stops it after its time limit, and its heap is capped.
const job = workerData as RenderJob & { outputBytes: number; bodyBytes: number };

/**
 * French binds (art. 5 of loi n° 94-665 wherever a public body is a party; the governing law is
 * French): every English document is a translation, and says so first in both languages.
 */
const TRANSLATION_HEADER =
  '<p><strong>Traduction pour information — seule la version française fait foi / Translation for information only — the French version prevails</strong></p>\n';

async function render(): Promise<RenderOutcome> {
  const body = await documentEngine(job.locale, job.bodyBytes).parseAndRender(job.body, job.variables);
  if (!job.document) return { ok: true, html: body };
  const html = job.locale === 'en' ? TRANSLATION_HEADER + body : body;
  if (Buffer.byteLength(html) > job.outputBytes) {
    return { ok: false, message: `a rendered body is at most ${job.outputBytes} bytes` };
  }
  const tree = documentTreeOf(html);
  const meta = { title: job.document.title, locale: job.locale };
  const renderers: Record<DocumentFormat, () => Promise<Uint8Array>> = {
    html: async () => Buffer.from(toHtml(tree, meta.title, meta.locale)),
    pdf: () => toPdf(tree, meta),
    docx: () => toDocx(tree, meta),
  };
  const files: RenderedFiles = {};
  for (const format of job.document.formats) files[format] = await renderers[format]();
  return { ok: true, html, files };
}

void render()
  .catch(
    (error: unknown): RenderOutcome =>
      error instanceof MarkupOutsideSubset
        ? { ok: false, message: error.message, unsupported: error.found }
        : { ok: false, message: error instanceof Error ? error.message : String(error) },
  )
  .then((outcome) => parentPort?.postMessage(outcome));
