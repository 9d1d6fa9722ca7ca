import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
import type { DeliveryStatus } from './codes';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-events';

/** At most this many endpoints per account. */
export const MAX_WEBHOOKS_PER_ACCOUNT = 10;

/** `POST /v1/webhooks`: where to send which public events. */
export class RegisterWebhookDto {
  /** `https://` (plain `http://` in development only); no user name or password in it. */
  @IsString()
  @MaxLength(2000)
  @Matches(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#@]+(\/[^\s]*)?$/, {
    message: '$property must be an http(s) URL without credentials',
  })
  url: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];
}

/** `webhooks.register` over Kafka: the endpoint, and the key its new secret is sealed to. */
export class RegisterWebhookRequest extends RegisterWebhookDto {
  /** The asking gateway process's public key (`ReplyKeys.publicKey`). */
  @IsString()
  @MaxLength(200)
  replyKey: string;
}

export const WEBHOOK_STATUSES = ['active', 'disabled'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** One endpoint as its owner sees it: never its secret. */
export class WebhookView {
  id: string;
  url: string;
  events: WebhookEventType[];
  /** `disabled` once it failed every delivery for a day: nothing more is sent to it. */
  status: WebhookStatus;
  /** Since when every delivery failed; null while it answers. */
  failingSince: string | null;
  disabledAt: string | null;
  /** Until then, the secret before the last rotation signs too. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
}

/** `POST /v1/webhooks` and `…/rotate-secret`: the endpoint with its new secret, shown this once. */
export class WebhookWithSecretView extends WebhookView {
  /** `whsec_…` (Standard Webhooks): verify each call's `webhook-signature` with it. */
  secret: string;
}

/**
 * `webhooks.register` and `webhooks.rotate-secret` over Kafka: the secret never crosses the replies
 * topic in clear, only sealed to the asking gateway process, which opens it for the HTTP answer.
 */
export class WebhookWithSealedSecretView extends WebhookView {
  /** The `whsec_…` secret sealed to the request's `replyKey` (`sealForReply`, `v1.…`). */
  sealedSecret: string;
}

export class WebhookListView {
  items: WebhookView[];
}

/** The endpoint a path names: only its owner finds it (operators too see only theirs). */
export class WebhookIdRequest {
  @IsUUID()
  webhookId: string;
}

/** `webhooks.rotate-secret` over Kafka: the endpoint, and the key its new secret is sealed to. */
export class RotateWebhookSecretRequest extends WebhookIdRequest {
  /** The asking gateway process's public key (`ReplyKeys.publicKey`). */
  @IsString()
  @MaxLength(200)
  replyKey: string;
}

/** Query of `GET /v1/webhooks/{id}/deliveries`. */
export class WebhookDeliveriesQueryDto extends PageQueryDto {}

export class WebhookDeliveriesRequest extends WebhookDeliveriesQueryDto {
  @IsUUID()
  webhookId: string;
}

/** One call of the endpoint for one event, and how it went. */
export class WebhookDeliveryView {
  /** The `webhook-id` header: the same for every attempt of this event to this endpoint. */
  id: string;
  type: WebhookEventType;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

/** The newest first. */
export class WebhookDeliveryPageView {
  items: WebhookDeliveryView[];
  nextCursor: string | null;
}
