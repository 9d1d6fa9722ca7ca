/** Stable codes of legal templates (docs/architecture.md, "Legal template"). Add codes; never rename one. */
export const TEMPLATE_STATUSES = ['draft', 'published'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];
