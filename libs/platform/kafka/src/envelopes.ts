import { type KeyObject, randomUUID } from 'node:crypto';

import {
  type Actor,
  type EventDataOf,
  type EventOf,
  Events,
  type EventType,
  Headers,
  type Locale,
  type RequestDataOf,
  type RequestEnvelope,
  Requests,
  type RequestType,
  type ServiceName,
} from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import { activeTraceparent } from '@pollen/platform/tracing';

import { actorSignatureOf } from './actor-signature/actor-signature';

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

export interface NewRequest<T extends RequestType> {
  /** The envelope's id: random unless the caller derives it (an Idempotency-Key). */
  id?: string;
  source: ServiceName;
  /** The aggregate the request is about: the message key, so one aggregate has one writer. */
  subject: string;
  actor: Actor;
  locale: Locale;
  deadline: Date;
  replyTo: RequestEnvelope<T, RequestDataOf<T>>['replyTo'];
  data: RequestDataOf<T>;
  /** The gateway's key, which signs the actor (ADR 0018); a service sending as itself has none. */
  signingKey?: KeyObject;
}

/**
 * A request as it goes to Kafka, inside the current correlation scope: the catalogue fixes its
 * topic and the data's type; the subject is the key.
 */
export function requestRecord<T extends RequestType>(type: T, request: NewRequest<T>) {
  const unsigned: RequestEnvelope<T, RequestDataOf<T>> = {
    id: request.id ?? randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    source: request.source,
    subject: request.subject,
    correlationId: Correlation.id(),
    actor: request.actor,
    locale: request.locale,
    deadline: request.deadline.toISOString(),
    replyTo: request.replyTo,
    data: request.data,
  };
  const envelope = request.signingKey
    ? { ...unsigned, actorSignature: actorSignatureOf(unsigned, request.signingKey) }
    : unsigned;
  return {
    envelope,
    record: {
      topic: Requests[type].topic.name,
      acks: -1,
      messages: [
        {
          key: request.subject,
          value: JSON.stringify(envelope),
          headers: {
            [Headers.correlationId]: envelope.correlationId,
            [Headers.type]: type,
            ...traceHeader(),
          },
        },
      ],
    },
  };
}

/** The active trace, as a Kafka header: the service that answers the request continues it. */
function traceHeader(): Record<string, string> {
  const traceparent = activeTraceparent();
  return traceparent ? { [Headers.traceparent]: traceparent } : {};
}
