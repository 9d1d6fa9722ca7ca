import {
  type DeadLetterKind,
  type DeadLetterState,
  type DeadLetterView,
  Headers,
  type ReplayOutcome,
  topicNamed,
  type Topics,
} from '@pollen/contracts';
import { AggregateChange, type IdempotentAggregate } from '@pollen/platform/mongo';

/** One replay an operator asked for, and what the owning service made of it. */
export interface Replay {
  requestedAt: Date;
  requestedBy: string;
  outcome?: ReplayOutcome;
  error?: string;
  completedAt?: Date;
}

/**
 * A message a consumer could not process, kept with everything needed to understand and replay
 * it. Its id is where it sits on its dead-letter topic: `<topic>:<partition>:<offset>`.
 */
export interface DeadLetter extends IdempotentAggregate {
  deadLetterTopic: string;
  /** Where the original message was read. */
  topic: string;
  partition: number;
  offset: string;
  /** The service (consumer group) that dead-lettered it, and will replay it. */
  consumer: string;
  kind: DeadLetterKind;
  type: string | null;
  key: string | null;
  headers: Record<string, string>;
  value: string;
  reason: string;
  error: string;
  attempts: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  state: DeadLetterState;
  replays: Replay[];
  createdAt: Date;
  updatedAt: Date;
}

/** What a raw dead-letter message carries, as the consumer hands it over. */
export interface RawDeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  value: unknown;
}

export const deadLetterIdOf = (message: Pick<RawDeadLetter, 'topic' | 'partition' | 'offset'>): string =>
  `${message.topic}:${message.partition}:${message.offset}`;

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : JSON.stringify(value ?? null);

const dateOr = (text: string | undefined, fallback: Date): Date => {
  const parsed = text ? new Date(text) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : fallback;
};

/**
 * A new dead letter from what its consumer wrote. A request's caller was answered (or timed out)
 * long ago, so a request dead letter is `expired` from the start, as is an outbox report (nothing
 * to replay: the relay set the document aside); an event one is `open`.
 */
export function deadLetterFrom(message: RawDeadLetter, now: Date): DeadLetter {
  const h = message.headers;
  const topic = h[Headers.dltTopic] ?? message.topic.replace(/\.[^.]+\.dlt$/, '');
  const kind: DeadLetterKind =
    h[Headers.dltReason] === 'outbox' ? 'outbox' : topicNamed(topic)?.kind === 'requests' ? 'request' : 'event';
  const value = textOf(message.value);
  const envelopeType = (message.value as { type?: unknown } | null)?.type;
  const lastFailedAt = dateOr(h[Headers.dltAt], now);
  return {
    id: deadLetterIdOf(message),
    version: 0,
    appliedRequestIds: [],
    deadLetterTopic: message.topic,
    topic,
    partition: Number(h[Headers.dltPartition] ?? -1),
    offset: h[Headers.dltOffset] ?? '',
    consumer: h[Headers.dltGroup] ?? '',
    kind,
    type: h[Headers.type] ?? (typeof envelopeType === 'string' ? envelopeType : null),
    key: message.key,
    headers: h,
    value,
    reason: h[Headers.dltReason] ?? 'unknown',
    error: h[Headers.dltError] ?? '',
    attempts: Number(h[Headers.dltAttempts] ?? 1),
    firstFailedAt: dateOr(h[Headers.dltFirstAt], lastFailedAt),
    lastFailedAt,
    state: kind === 'event' ? 'open' : 'expired',
    replays: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** One change to a dead letter; its only event asks the owning service for a replay. */
export class DeadLetterChange extends AggregateChange<DeadLetter, typeof Topics.replayRequests.name> {}

export function toDeadLetterView(deadLetter: DeadLetter): DeadLetterView {
  return {
    id: deadLetter.id,
    topic: deadLetter.topic,
    partition: deadLetter.partition,
    offset: deadLetter.offset,
    consumer: deadLetter.consumer,
    kind: deadLetter.kind,
    type: deadLetter.type,
    key: deadLetter.key,
    headers: deadLetter.headers,
    value: deadLetter.value,
    reason: deadLetter.reason,
    error: deadLetter.error,
    attempts: deadLetter.attempts,
    firstFailedAt: new Date(deadLetter.firstFailedAt).toISOString(),
    lastFailedAt: new Date(deadLetter.lastFailedAt).toISOString(),
    state: deadLetter.state,
    replays: deadLetter.replays.map((replay) => ({
      requestedAt: new Date(replay.requestedAt).toISOString(),
      requestedBy: replay.requestedBy,
      ...(replay.outcome ? { outcome: replay.outcome } : {}),
      ...(replay.error ? { error: replay.error } : {}),
      ...(replay.completedAt ? { completedAt: new Date(replay.completedAt).toISOString() } : {}),
    })),
  };
}
