import type { DocumentFormat } from '@pollen/contracts';

import type { DocumentLocale } from './french';
import type { UnsupportedMarkup } from './markup';

/**
 * One body to render with its variables: what the worker receives. With `document`, the worker
 * also parses the output into the document tree and renders it to each format asked for.
 */
export interface RenderJob {
  body: string;
  variables: Record<string, unknown>;
  locale: DocumentLocale;
  document?: { title: string; formats: readonly DocumentFormat[] };
}

export type RenderedFiles = Partial<Record<DocumentFormat, Uint8Array>>;

/** What the worker answers: the body's output (and the files), or why it produced none. */
export type RenderOutcome =
  | { ok: true; html: string; files?: RenderedFiles }
  | { ok: false; message: string; unsupported?: UnsupportedMarkup[] };
