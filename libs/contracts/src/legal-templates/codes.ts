/** Stable codes of legal templates (docs/status.md, "Plans"). Add codes; never rename one. */
export const TEMPLATE_STATUSES = ['draft', 'published'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** What stopped a render: the body itself, or the limit it ran into (`template.render-failed`). */
export const RENDER_FAILURES = ['template', 'body-too-large', 'timeout', 'memory', 'output-too-large'] as const;
export type RenderFailure = (typeof RENDER_FAILURES)[number];

/** The formats every document is generated in; only the French PDF of an agreement is signed. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Whom a document binds: the project holder's organisation, an introduced investor's, a programme's operator. */
export const DOCUMENT_PARTY_ROLES = ['applicant', 'investor', 'funder'] as const;
export type DocumentPartyRole = (typeof DOCUMENT_PARTY_ROLES)[number];
