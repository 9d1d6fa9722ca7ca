import type { Role } from '../messaging/envelope';
import type { NotificationKind } from './codes';

/** `deal-flow.match-proposed`: a project fits the investor's thesis (no contact: that comes with an introduction). */
export class MatchProposedWebhookData {
  matchId: string;
  applicationId: string;
  organisation: string;
  project: string;
  amountCents: number | null;
  instrument: string;
  /** 0–100. */
  score: number;
}

/** `deal-flow.introduced`: both sides accepted; contacts are in the platform and the e-mail, never here. */
export class IntroducedWebhookData {
  matchId: string;
  applicationId: string;
  project: string;
  applicantOrganisation: string;
  investorOrganisation: string;
}

/** `document.ready-to-sign` and `document.signed`. */
export class DocumentWebhookData {
  documentId: string;
  title: string;
  applicationId: string | null;
}

interface WebhookEventDefinition {
  /** What the endpoint's owner receives under `data`. */
  data: new () => object;
  /** The notification it goes out with: the owner's endpoints receive what they are told themselves. */
  kind: NotificationKind;
  /** Who may subscribe: investors receive their own; operators, every one on the platform. */
  roles: readonly Role[];
  description: string;
}

const INVESTORS_AND_OPERATORS = ['investor', 'operator'] as const;

/**
 * The public webhook events (docs/catalogue.md): each body is `{type, timestamp, data}` with a
 * redacted view as `data`, never an internal envelope. Add events; never rename one.
 */
export const WEBHOOK_EVENTS = {
  'deal-flow.match-proposed': {
    data: MatchProposedWebhookData,
    kind: 'match-proposed',
    roles: INVESTORS_AND_OPERATORS,
    description: 'A project fits the investor’s thesis: a new match in their deal-flow.',
  },
  'deal-flow.introduced': {
    data: IntroducedWebhookData,
    kind: 'introduction-made',
    roles: INVESTORS_AND_OPERATORS,
    description: 'The applicant accepted the investor’s interest: the two are introduced.',
  },
  'document.ready-to-sign': {
    data: DocumentWebhookData,
    kind: 'document-generated',
    roles: INVESTORS_AND_OPERATORS,
    description: 'A binding document of the deal was generated and awaits its parties’ signatures.',
  },
  'document.signed': {
    data: DocumentWebhookData,
    kind: 'document-signed',
    roles: INVESTORS_AND_OPERATORS,
    description: 'Every party signed the document; the signed PDF is available.',
  },
} as const satisfies Record<string, WebhookEventDefinition>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];

/** The public event a notification kind goes out as, if any. */
export const WEBHOOK_EVENT_OF_KIND: Partial<Record<NotificationKind, WebhookEventType>> = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [WEBHOOK_EVENTS[type].kind, type]),
);

/** The body of every webhook call (Standard Webhooks' recommended shape). */
export interface WebhookBody<T extends WebhookEventType = WebhookEventType> {
  type: T;
  /** When it happened, ISO 8601. */
  timestamp: string;
  data: InstanceType<(typeof WEBHOOK_EVENTS)[T]['data']>;
}
