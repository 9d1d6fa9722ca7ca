import { IsIn, IsOptional } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
import type { NotificationChannel, NotificationKind } from './codes';

/** The delivery statuses an operator looks into: still retried, or given up. */
export const FAILURE_STATUSES = ['failed', 'dead'] as const;
export type FailureStatus = (typeof FAILURE_STATUSES)[number];

/** A notification that could not be delivered (yet), as an operator sees it: no address, no text. */
export class DeliveryFailureView {
  notificationId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientId: string;
  applicationId: string | null;
  /** Webhook calls: the endpoint called. */
  endpointId: string | null;
  status: FailureStatus;
  attempts: number;
  /** What the last attempt ran into (the relay's answer, or why there was no attempt). */
  lastError: string;
  lastAttemptAt: string;
  /** When it is tried again; null once it is dead. */
  nextAttemptAt: string | null;
  createdAt: string;
}

/** `GET /v1/ops/notifications/failures`: the last failure first. */
export class DeliveryFailurePageView {
  items: DeliveryFailureView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Query of `GET /v1/ops/notifications/failures`. */
export class ListDeliveryFailuresQueryDto extends PageQueryDto {
  /** Only the ones still retried (`failed`) or given up (`dead`); both when absent. */
  @IsOptional()
  @IsIn(FAILURE_STATUSES)
  status?: FailureStatus;
}
