import type { Locale, NotificationKind } from '@pollen/contracts';

/**
 * One message's Liquid, per language: a locale or a part left out is a compile error. `html` is the
 * body only (layout.ts adds the frame, greeting and signature); `text` is the same body in plain text.
 * `summary` is what the in-app inbox shows under the subject: plain text, one or two sentences
 * saying what happened, with no greeting and no link; it is rendered without `recipient` or
 * `appUrl`, so it may read neither (nor may the subject, which is the inbox title).
 */
export type MessageTemplates = Record<Locale, { subject: string; html: string; text: string; summary: string }>;

/** Every kind's templates: a kind without templates is a compile error. */
export type TemplatesByKind = { [K in NotificationKind]: MessageTemplates };
