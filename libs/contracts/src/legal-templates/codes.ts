/** Stable codes of legal templates (docs/status.md, "Plans"). Add codes; never rename one. */
export const TEMPLATE_STATUSES = ['draft', 'published'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** What stopped a render: the body itself, or the limit it ran into (`template.render-failed`). */
export const RENDER_FAILURES = ['template', 'body-too-large', 'timeout', 'memory', 'output-too-large'] as const;
export type RenderFailure = (typeof RENDER_FAILURES)[number];

/** The formats every document is generated in; only the French PDF of an agreement is signed. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The files a document may have: its generated formats, and the signed PDF once every party signed. */
export const DOCUMENT_FILE_FORMATS = [...DOCUMENT_FORMATS, 'signed-pdf'] as const;
export type DocumentFileFormat = (typeof DOCUMENT_FILE_FORMATS)[number];

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFileFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'signed-pdf': 'application/pdf',
};

/** generated: signable by its parties; signed: by every one of them, and immutable. */
export const DOCUMENT_STATUSES = ['generated', 'signed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Whom a document binds: the project holder's organisation, an introduced investor's, a programme's operator. */
export const DOCUMENT_PARTY_ROLES = ['applicant', 'investor', 'funder'] as const;
export type DocumentPartyRole = (typeof DOCUMENT_PARTY_ROLES)[number];

/** How a signer was identified when signing: their password, asked again at that moment. */
export const SIGNER_AUTHENTICATIONS = ['password'] as const;
export type SignerAuthentication = (typeof SIGNER_AUTHENTICATIONS)[number];
