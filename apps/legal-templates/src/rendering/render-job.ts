import type { DocumentLocale } from './french';
import type { UnsupportedMarkup } from './markup';

/** The formats a document is rendered to. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

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
