import type { Locale, NotificationKind } from '@pollen/contracts';
import type { Template } from 'liquidjs';

import { typesetFrench } from './french-typography';
import { htmlLayout, textLayout } from './layout';
import { localise } from './localise';
import { MESSAGE_ENGINES, type Output } from './message-engines';
import type { MessageOf, MessageVariables, RecipientVariables } from './message-kinds';
import { TEMPLATES } from './templates';
import type { TemplatesByKind } from './templates/template';

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

type Part = keyof RenderedMessage;
const OUTPUT: Record<Part, Output> = { subject: 'plain', html: 'html', text: 'plain' };

/** The names the renderer sets beside a kind's variables: a kind declaring one would be shadowed. */
type ContextName = 'recipient' | 'appUrl';
type Shadowed = { [K in NotificationKind]: Extract<keyof MessageVariables[K], ContextName> }[NotificationKind];
const _noKindShadowsTheContext: [Shadowed] extends [never] ? true : never = true;
void _noKindShadowsTheContext;

/** The sources as sent: each body in its layout, French typeset once here rather than by hand. */
function sourcesOf(templates: TemplatesByKind, kind: NotificationKind, locale: Locale): Record<Part, string> {
  const { subject, html, text } = templates[kind][locale];
  const sources = { subject, html: htmlLayout(locale, html), text: textLayout(locale, text) };
  if (locale === 'en') return sources;
  return {
    subject: typesetFrench(sources.subject),
    html: typesetFrench(sources.html),
    text: typesetFrench(sources.text),
  };
}

/** A subject is one header line, whatever the template's line breaks. */
function oneLine(subject: string): string {
  return subject.replace(/[\t\n\r ]+/g, ' ').trim();
}

/** Branches leave runs of blank lines or trailing blanks behind: a paragraph break is one blank line. */
function tidyText(text: string): string {
  return `${text
    .replace(/[\t ]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * Renders with the given templates, each parsed once, on first use: the error of a template that
 * does not parse or reads a variable its kind lacks names the kind, language and part.
 */
export function messageRenderer(templates: TemplatesByKind): RenderMessage {
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
    const templatesOfKind = { subject: parse('subject'), html: parse('html'), text: parse('text') };
    parsed.set(key, templatesOfKind);
    return templatesOfKind;
  };

  return (message, recipient, locale, context) => {
    const { kind } = message;
    const parts = parsedOnce(kind, locale);
    const scope = { ...(localise(message.variables, locale) as object), recipient, appUrl: context.appUrl };
    const render = (part: Part): string =>
      guarded(kind, locale, part, () => String(MESSAGE_ENGINES[locale][OUTPUT[part]].renderSync(parts[part], scope)));
    return { subject: oneLine(render('subject')), html: render('html'), text: tidyText(render('text')) };
  };
}

const renderWithTemplates = messageRenderer(TEMPLATES);

/** The e-mail of one message to one recipient, in their language; synchronous, called per e-mail. */
export function renderMessage(
  message: MessageOf,
  recipient: RecipientVariables,
  locale: Locale,
  context: RenderContext,
): RenderedMessage {
  return renderWithTemplates(message, recipient, locale, context);
}
