import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import type { Role } from '../messaging/envelope';
import type { NotificationKind } from './codes';

// The decorators document the bodies (docs/webhooks.md) and let a receiver validate them.

/** `deal-flow.match-proposed`: a project fits the investor's thesis (no contact: that comes with an introduction). */
export class MatchProposedWebhookData {
  @IsUUID()
  matchId: string;

  @IsUUID()
  applicationId: string;

  @IsString()
  organisation: string;

  @IsString()
  project: string;

  /** The amount sought, in euro cents. */
  @IsOptional()
  @IsInt()
  amountCents: number | null;

  /** `grant`, `loan`, `honour-loan`, `equity`… (docs/domain.md). */
  @IsString()
  instrument: string;

  @IsInt()
  @Min(0)
  @Max(100)
  score: number;
}

/** `deal-flow.introduced`: both sides accepted; contacts are in the platform and the e-mail, never here. */
export class IntroducedWebhookData {
  @IsUUID()
  matchId: string;

  @IsUUID()
  applicationId: string;

  @IsString()
  project: string;

  @IsString()
  applicantOrganisation: string;

  @IsString()
  investorOrganisation: string;
}

/** `document.ready-to-sign` and `document.signed`. */
export class DocumentWebhookData {
  @IsUUID()
  documentId: string;

  @IsString()
  title: string;

  @IsOptional()
  @IsUUID()
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

/** The body of every webhook call (Standard Webhooks' recommended shape). */
export interface WebhookBody<T extends WebhookEventType = WebhookEventType> {
  type: T;
  /** When it happened, ISO 8601. */
  timestamp: string;
  data: InstanceType<(typeof WEBHOOK_EVENTS)[T]['data']>;
}
