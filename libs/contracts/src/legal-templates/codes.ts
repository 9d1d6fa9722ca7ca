/** Stable codes of legal templates (docs/status.md, "Plans"). Add codes; never rename one. */
export const TEMPLATE_STATUSES = ['draft', 'published'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** What stopped a render: the body itself, or the limit it ran into (`template.render-failed`). */
export const RENDER_FAILURES = ['template', 'body-too-large', 'timeout', 'memory', 'output-too-large'] as const;
export type RenderFailure = (typeof RENDER_FAILURES)[number];
