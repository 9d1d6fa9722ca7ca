import { randomUUID } from 'node:crypto';

import { type EventDataOf, type EventOf, Events, type EventType } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';

export interface NewEvent<T extends EventType> {
  subject: string;
  aggregateVersion: number;
  data: EventDataOf<T>;
  causationId?: string;
  occurredAt?: Date;
}

/**
 * Builds an event envelope inside the current correlation scope. The type fixes the data's type,
 * and its source is the service that owns the event's topic: only the owner ever emits it.
 */
export function newEvent<T extends EventType>(type: T, event: NewEvent<T>): EventOf<T> {
  return {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    source: Events[type].topic.owner,
    subject: event.subject,
    aggregateVersion: event.aggregateVersion,
    correlationId: Correlation.id(),
    ...(event.causationId ? { causationId: event.causationId } : {}),
    data: event.data,
  };
}
