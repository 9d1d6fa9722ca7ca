import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { type ServiceName } from '../messaging/envelope';
import { PageQueryDto } from '../messaging/page-query.dto';
import type { ErasedRecords, KeptRecord } from './erasure-records.dto';

/** `POST /v1/me/erasure`: the account's password again, so that a stolen token cannot erase it. */
export class RequestErasureDto {
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

/**
 * The answer to an erasure request. `receiptToken` is shown once: with `Authorization: Receipt
 * <token>`, `GET /v1/erasures/{erasureId}` shows the progress after the account is gone.
 */
export class ErasureAcceptedView {
  erasureId: string;
  receiptToken: string;
}

export const ERASURE_STATUSES = ['in-progress', 'completed'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

/** One service's part of an erasure: pending until it confirms, then what it erased and kept. */
export class ErasureServiceView {
  service: ServiceName;
  status: 'pending' | 'completed';
  completedAt?: string;
  erased: ErasedRecords[];
  kept: KeptRecord[];
}

/** An erasure's progress, as the operations service keeps it: ids and counts, never the person. */
export class ErasureView {
  erasureId: string;
  status: ErasureStatus;
  role: string;
  requestedAt: string;
  completedAt?: string;
  services: ErasureServiceView[];
}

/** `GET /v1/ops/erasures`: newest first. */
export class ListErasuresQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ERASURE_STATUSES)
  status?: ErasureStatus;
}

export class ErasurePageView {
  items: ErasureView[];
  nextCursor: string | null;
}

/** What the gateway sends for `GET /v1/erasures/{id}`: the receipt's hash, never the receipt. */
export class ErasureReceiptRequest {
  @IsString()
  @MinLength(64)
  @MaxLength(64)
  receiptHash: string;
}
