import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';

/**
 * What a dead letter was: an event can be run again by its consumer; a request's caller was
 * answered long ago; `outbox`: events their own service's relay could not publish (the document is
 * set aside until an operator acts), reported, not replayable from here.
 */
export const DEAD_LETTER_KINDS = ['event', 'request', 'outbox'] as const;
export type DeadLetterKind = (typeof DEAD_LETTER_KINDS)[number];

/**
 * Where a dead letter stands: `open` (an event, replayable), `replaying` (a replay was asked for),
 * `replayed` (the last replay was applied, a duplicate or superseded), `replay-failed` (it failed
 * again) or `expired` (a request, never replayed, or a message erased with the person it named).
 */
export const DEAD_LETTER_STATES = ['open', 'replaying', 'replayed', 'replay-failed', 'expired'] as const;
export type DeadLetterState = (typeof DEAD_LETTER_STATES)[number];

/** What the owning service made of a replay (ADR 0012). */
export const REPLAY_OUTCOMES = ['applied', 'duplicate', 'superseded', 'failed'] as const;
export type ReplayOutcome = (typeof REPLAY_OUTCOMES)[number];

/** One replay of a dead letter: when it was asked for and what came of it. */
export class DeadLetterReplayView {
  requestedAt: string;
  requestedBy: string;
  outcome?: ReplayOutcome;
  error?: string;
  completedAt?: string;
}

/** A message a consumer could not process, as an operator sees it. */
export class DeadLetterView {
  /** `<dead-letter topic>:<partition>:<offset>`. */
  id: string;
  /** The topic the message was read from, and where. */
  topic: string;
  partition: number;
  offset: string;
  /** The service (consumer group) that dead-lettered it. */
  consumer: string;
  kind: DeadLetterKind;
  /** The envelope's type, when the value was an envelope. */
  type: string | null;
  key: string | null;
  headers: Record<string, string>;
  /** The original value, as text. */
  value: string;
  reason: string;
  error: string;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
  state: DeadLetterState;
  replays: DeadLetterReplayView[];
}

/** `GET /v1/ops/dead-letters`: newest first. */
export class DeadLetterPageView {
  items: DeadLetterView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Query of `GET /v1/ops/dead-letters`. */
export class ListDeadLettersQueryDto extends PageQueryDto {
  /** The original topic. */
  @IsOptional()
  @IsString()
  @MaxLength(249)
  topic?: string;

  /** The envelope's type, e.g. `application.drafted`. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @IsOptional()
  @IsIn(DEAD_LETTER_STATES)
  state?: DeadLetterState;
}
