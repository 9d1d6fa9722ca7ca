import type { Locale, Role } from '@pollen/contracts';
import { Liquid } from 'liquidjs';

import { ROLE_NAMES } from './role-names';

/** HTML escapes every output, so a variable never adds markup; a subject or a text has no markup to escape. */
export type Output = 'html' | 'plain';

/**
 * The Liquid of messages: an unknown variable or filter is an error (a typo never sends an empty
 * sentence; `if` tests a variable that is there, null or not), objects expose their own properties
 * only, and a tag alone on its line with `-%}` leaves no blank line behind (`greedy: false` keeps
 * the paragraphs around it).
 */
function messageEngine(locale: Locale, output: Output): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    greedy: false,
    outputEscape: output === 'html' ? 'escape' : undefined,
  });
  engine.registerFilter('role_name', (role: Role) => {
    const name = ROLE_NAMES[role];
    if (!name) throw new Error(`no name for the role ${String(role)}`);
    return name[locale];
  });
  // Liquid's own `raw` skips the escaping: here it is a plain filter, so HTML outputs stay escaped.
  if (output === 'html') engine.registerFilter('raw', (value: unknown) => value);
  return engine;
}

/** One engine per language (filters such as `role_name` speak it) and per output. */
export const MESSAGE_ENGINES: Record<Locale, Record<Output, Liquid>> = {
  fr: { html: messageEngine('fr', 'html'), plain: messageEngine('fr', 'plain') },
  en: { html: messageEngine('en', 'html'), plain: messageEngine('en', 'plain') },
};
