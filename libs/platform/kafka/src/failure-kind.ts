import { DomainException, ErrorCode } from '@pollen/contracts';

import { PoisonMessageError } from './inbound-message';

/**
 * Why handling a message failed, which decides what becomes of it (ADR 0011): `poison` can never
 * succeed (dead-lettered at once); `infrastructure` is a dependency that is down or slow (never
 * dead-lettered: the message waits for it); `failure` is anything else, retried a bounded number
 * of times, then dead-lettered.
 */
export type FailureKind = 'poison' | 'infrastructure' | 'failure';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const MONGO_UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
]);

/** Server answers that mean "not now": no primary, shutting down, a timeout, an interrupted operation. */
const MONGO_TRANSIENT_CODES = new Set([6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

const KAFKA_UNREACHABLE = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
]);

interface ErrorLike {
  name?: string;
  code?: unknown;
  message?: string;
  retriable?: boolean;
  errorLabels?: unknown;
  errorLabelSet?: Set<string>;
  cause?: unknown;
}

export function failureKindOf(error: unknown): FailureKind {
  if (error instanceof PoisonMessageError) return 'poison';
  if (error instanceof DomainException) return error.code === ErrorCode.Unavailable ? 'infrastructure' : 'failure';
  return isInfrastructure(error, 0) ? 'infrastructure' : 'failure';
}

function isInfrastructure(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as ErrorLike;
  const name = e.name ?? '';
  if (MONGO_UNREACHABLE.has(name) || KAFKA_UNREACHABLE.has(name)) return true;
  if (name.startsWith('KafkaJS') && e.retriable === true) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (name.startsWith('Mongo') && typeof e.code === 'number' && MONGO_TRANSIENT_CODES.has(e.code)) return true;
  const labels = [...(e.errorLabelSet ?? []), ...(Array.isArray(e.errorLabels) ? e.errorLabels : [])];
  if (
    labels.some((label) => ['RetryableWriteError', 'TransientTransactionError', 'ResetPool'].includes(String(label)))
  ) {
    return true;
  }
  // mongoose queues operations while disconnected, then gives up with this message.
  if (name === 'MongooseError' && /buffering timed out/.test(e.message ?? '')) return true;
  return isInfrastructure(e.cause, depth + 1);
}
