import type { WebhookBody } from '@pollen/contracts';

import type { MessageOf } from '../messages/message-kinds';
import type { LocalizedText } from './notification';

/** What stands where an erased person's name, organisation or project was. */
export const ERASED = '[effacé · erased]';

/** An inbox item that named an erased person: the rendered text goes whole, as it cannot be re-rendered. */
export const ERASED_NOTICE: { title: LocalizedText; body: LocalizedText } = {
  title: { fr: 'Notification anonymisée', en: 'Notification anonymised' },
  body: {
    fr: 'Une personne que cette notification nommait a demandé l’effacement de ses données.',
    en: 'A person this notification named asked for their data to be erased.',
  },
};

/** Why a delivery naming an erased person is not sent: nothing about them may leave after their erasure. */
export const ERASED_DELIVERY_ERROR = 'erased: a person it names asked to be forgotten';

/**
 * The message without the other person it names: the organisation, project, name and contact of
 * the counterpart (an introduction's contact, a match's project, an interest's investor).
 */
export function anonymisedMessage(message: MessageOf): MessageOf {
  switch (message.kind) {
    case 'match-proposed':
      return { ...message, variables: { ...message.variables, organisation: ERASED, project: ERASED } };
    case 'interest-expressed':
      return { ...message, variables: { ...message.variables, investor: ERASED, project: ERASED } };
    case 'introduction-made':
      return {
        ...message,
        variables: {
          ...message.variables,
          project: ERASED,
          counterpart: { organisation: ERASED, name: ERASED, email: ERASED, phone: null },
        },
      };
    case 'deal-flow-digest':
      return {
        ...message,
        variables: {
          ...message.variables,
          matches: message.variables.matches.map((match) => ({ ...match, organisation: ERASED, project: ERASED })),
        },
      };
    case 'welcome':
    case 'application-submitted':
    case 'application-screened':
    case 'application-decided':
    case 'investor-approved':
    case 'investor-rejected':
    case 'investor-suspended':
    case 'investor-reinstated':
    case 'document-generated':
    case 'document-signed':
    case 'webhook-disabled':
      // They name only their recipient's own things.
      return message;
  }
}

/** The public event's fields that name an organisation or a project. */
const NAMING_FIELDS = new Set(['organisation', 'project', 'applicantOrganisation', 'investorOrganisation']);

/** A webhook body without the names it carried (what was sent is gone; the record of it stays). */
export function anonymisedBody(body: WebhookBody): WebhookBody {
  const data = Object.fromEntries(
    Object.entries(body.data as unknown as Record<string, unknown>).map(([key, value]) => [
      key,
      NAMING_FIELDS.has(key) && typeof value === 'string' ? ERASED : value,
    ]),
  );
  return { ...body, data } as unknown as WebhookBody;
}
