import type { Locale, NotificationKind } from '@pollen/contracts';

/**
 * One message's Liquid, per language: a locale or a part left out is a compile error. `html` is the
 * body only (layout.ts adds the frame, greeting and signature); `text` is the same body in plain text.
 */
export type MessageTemplates = Record<Locale, { subject: string; html: string; text: string }>;

/** Every kind's templates: a kind without templates is a compile error. */
export type TemplatesByKind = { [K in NotificationKind]: MessageTemplates };
