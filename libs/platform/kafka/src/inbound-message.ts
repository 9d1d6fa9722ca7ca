import type { KafkaContext } from '@nestjs/microservices';
import type { PoisonReason } from '@pollen/contracts';

/** A consumed Kafka message, decoded: JSON value parsed when it is JSON, headers as strings. */
export interface InboundMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  value: unknown;
}

export function inboundFromContext(value: unknown, context: KafkaContext): InboundMessage {
  const message = context.getMessage();
  // Nest's deserializer hands over the whole record as the payload when the value is null (a
  // tombstone): the record's own value says whether there was one.
  const hasValue = message.value !== null && message.value !== undefined;
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(message.headers ?? {})) {
    if (header !== undefined) headers[name] = Array.isArray(header) ? String(header[0]) : String(header);
  }
  return {
    topic: context.getTopic(),
    partition: context.getPartition(),
    offset: message.offset,
    key: message.key === null || message.key === undefined ? null : String(message.key),
    headers,
    value: hasValue ? value : null,
  };
}

/** A message that can never succeed (malformed, unknown type, forged actor): dead-lettered at once. */
export class PoisonMessageError extends Error {
  constructor(
    readonly reason: PoisonReason,
    message: string,
  ) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/**
 * A fact the handler needs, which its service keeps from another topic, has not arrived yet (two
 * topics keep no order between them): an ordinary failure, retried with backoff, then
 * dead-lettered for an operator to replay once the fact is there.
 */
export class NotYetProjected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotYetProjected';
  }
}
