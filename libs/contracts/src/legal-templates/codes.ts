/** Stable codes of legal templates (docs/status.md, "Plans"). Add codes; never rename one. */
export const TEMPLATE_STATUSES = ['draft', 'published'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];
