import { randomUUID } from 'node:crypto';
import type { EventEnvelope, ServiceName } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';

/** Builds an event envelope inside the current correlation scope. */
export function newEvent<TType extends string, TData>(event: {
  type: TType;
  source: ServiceName;
  subject: string;
  aggregateVersion: number;
  data: TData;
  causationId?: string;
  version?: number;
  occurredAt?: Date;
}): EventEnvelope<TType, TData> {
  return {
    id: randomUUID(),
    type: event.type,
    version: event.version ?? 1,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    source: event.source,
    subject: event.subject,
    aggregateVersion: event.aggregateVersion,
    correlationId: Correlation.id(),
    ...(event.causationId ? { causationId: event.causationId } : {}),
    data: event.data,
  };
}
