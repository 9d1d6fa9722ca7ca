import type { Locale, NotificationKind } from '@pollen/contracts';
import type { Template } from 'liquidjs';

import { typesetFrench } from './french-typography';
import { htmlLayout, textLayout } from './layout';
import { localise } from './localise';
import { MESSAGE_ENGINES, type Output } from './message-engines';
import type { MessageOf, MessageVariables, RecipientVariables } from './message-kinds';
import { TEMPLATES } from './templates';
import type { MessageTemplates, TemplatesByKind } from './templates/template';

/** An e-mail ready to send: a one-line subject, its HTML and its plain-text alternative. */
export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
}

/** What every message may link to, beside its own variables. */
export interface RenderContext {
  appUrl: string;
}

export type RenderMessage = (
  message: MessageOf,
  recipient: RecipientVariables,
  locale: Locale,
  context: RenderContext,
) => RenderedMessage;

/** A message as the in-app inbox lists it: its subject as the title, its summary below; one line each. */
export interface RenderedSummary {
  title: string;
  body: string;
}

export type RenderSummary = (message: MessageOf, locale: Locale) => RenderedSummary;

type Part = keyof MessageTemplates[Locale];
const OUTPUT: Record<Part, Output> = { subject: 'plain', html: 'html', text: 'plain', summary: 'plain' };

/** The names the renderer sets beside a kind's variables: a kind declaring one would be shadowed. */
type ContextName = 'recipient' | 'appUrl';
type Shadowed = { [K in NotificationKind]: Extract<keyof MessageVariables[K], ContextName> }[NotificationKind];
const _noKindShadowsTheContext: [Shadowed] extends [never] ? true : never = true;
void _noKindShadowsTheContext;

/** The sources as sent: each body in its layout, French typeset once here rather than by hand. */
function sourcesOf(templates: TemplatesByKind, kind: NotificationKind, locale: Locale): Record<Part, string> {
  const { subject, html, text, summary } = templates[kind][locale];
  const sources = { subject, html: htmlLayout(locale, html), text: textLayout(locale, text), summary };
  if (locale === 'en') return sources;
  return {
    subject: typesetFrench(sources.subject),
    html: typesetFrench(sources.html),
    text: typesetFrench(sources.text),
    summary: typesetFrench(sources.summary),
  };
}

/** A subject is one header line, and an inbox entry one line each, whatever the template's line breaks. */
function oneLine(rendered: string): string {
  return rendered.replace(/[\t\n\r ]+/g, ' ').trim();
}

/** Branches leave runs of blank lines or trailing blanks behind: a paragraph break is one blank line. */
function tidyText(text: string): string {
  return `${text
    .replace(/[\t ]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** One part of one kind in one language, with the given values in scope. */
type RenderPart = (kind: NotificationKind, locale: Locale, part: Part, scope: object) => string;

/**
 * Renders parts of the given templates, each kind and language parsed once, on first use: the
 * error of a template that does not parse or reads a variable its scope lacks names the kind,
 * language and part.
 */
function partRenderer(templates: TemplatesByKind): RenderPart {
  const parsed = new Map<string, Record<Part, Template[]>>();
  const guarded = <T>(kind: NotificationKind, locale: Locale, part: Part, step: () => T): T => {
    try {
      return step();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`the ${part} of ${kind} (${locale}) does not render: ${reason}`, { cause: error });
    }
  };
  const parsedOnce = (kind: NotificationKind, locale: Locale): Record<Part, Template[]> => {
    const key = `${kind}/${locale}`;
    const cached = parsed.get(key);
    if (cached) return cached;
    const sources = sourcesOf(templates, kind, locale);
    const parse = (part: Part) =>
      guarded(kind, locale, part, () => MESSAGE_ENGINES[locale][OUTPUT[part]].parse(sources[part]));
    const templatesOfKind = {
      subject: parse('subject'),
      html: parse('html'),
      text: parse('text'),
      summary: parse('summary'),
    };
    parsed.set(key, templatesOfKind);
    return templatesOfKind;
  };

  return (kind, locale, part, scope) => {
    const parts = parsedOnce(kind, locale);
    return guarded(kind, locale, part, () =>
      String(MESSAGE_ENGINES[locale][OUTPUT[part]].renderSync(parts[part], scope)),
    );
  };
}

function emailRenderer(renderPart: RenderPart): RenderMessage {
  return (message, recipient, locale, context) => {
    const { kind } = message;
    const scope = { ...(localise(message.variables, locale) as object), recipient, appUrl: context.appUrl };
    const render = (part: Part): string => renderPart(kind, locale, part, scope);
    return { subject: oneLine(render('subject')), html: render('html'), text: tidyText(render('text')) };
  };
}

/**
 * An inbox entry is rendered once for whoever reads it, with no recipient nor link in scope: a
 * subject or summary that reads either fails rather than print nothing.
 */
function inboxRenderer(renderPart: RenderPart): RenderSummary {
  return (message, locale) => {
    const { kind } = message;
    const scope = localise(message.variables, locale) as object;
    const render = (part: Part): string => oneLine(renderPart(kind, locale, part, scope));
    return { title: render('subject'), body: render('summary') };
  };
}

/** E-mails rendered with the given templates (see partRenderer). */
export function messageRenderer(templates: TemplatesByKind): RenderMessage {
  return emailRenderer(partRenderer(templates));
}

/** Inbox entries rendered with the given templates (see partRenderer). */
export function summaryRenderer(templates: TemplatesByKind): RenderSummary {
  return inboxRenderer(partRenderer(templates));
}

const renderPartOfTemplates = partRenderer(TEMPLATES);
const renderWithTemplates = emailRenderer(renderPartOfTemplates);
const summariseWithTemplates = inboxRenderer(renderPartOfTemplates);

/** The e-mail of one message to one recipient, in their language; synchronous, called per e-mail. */
export function renderMessage(
  message: MessageOf,
  recipient: RecipientVariables,
  locale: Locale,
  context: RenderContext,
): RenderedMessage {
  return renderWithTemplates(message, recipient, locale, context);
}

/**
 * One message as the in-app inbox lists it, in the reader's language: the subject as `title`, the
 * summary as `body`, each on one line; the same templates as the e-mail, parsed once for both.
 */
export function renderSummary(message: MessageOf, locale: Locale): RenderedSummary {
  return summariseWithTemplates(message, locale);
}
