import type { DocumentLocale } from './french';

/** One body to render with its variables: what the worker receives. */
export interface RenderJob {
  body: string;
  variables: Record<string, unknown>;
  locale: DocumentLocale;
}

/** What the worker answers: the HTML the body output, or why Liquid refused it. */
export type RenderOutcome = { ok: true; html: string } | { ok: false; message: string };
