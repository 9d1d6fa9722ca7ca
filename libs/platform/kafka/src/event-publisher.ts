import { Injectable } from '@nestjs/common';
import { type EventEnvelope, Events, isEventType } from '@pollen/contracts';
import { activeTraceparent } from '@pollen/platform/tracing';

import { kafkaMetrics } from './kafka.metrics';
import { KafkaConnection } from './kafka-connection';
import { eventRecord } from './tombstone';

/** The topic the catalogue declares for an event's type. */
export function topicOfEvent(envelope: EventEnvelope): string {
  if (!isEventType(envelope.type)) throw new Error(`event type ${envelope.type} is not in the catalogue`);
  return Events[envelope.type].topic.name;
}

/**
 * Publishes envelopes keyed by their subject (the aggregate id), each to its type's topic, in the
 * order given (a tombstone as its key and no value), and waits for every in-sync replica. Callers that must not lose one use the outbox.
 */
@Injectable()
export class EventPublisher {
  constructor(private readonly connection: KafkaConnection) {}

  /** `traceOf` gives the trace each event belongs to: by default, the active one. */
  async publish(
    envelopes: EventEnvelope[],
    traceOf: (envelope: EventEnvelope) => string | undefined = activeTraceparent,
  ): Promise<void> {
    if (envelopes.length === 0) return;
    const byTopic = new Map<string, EventEnvelope[]>();
    for (const envelope of envelopes) {
      const topic = topicOfEvent(envelope);
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), envelope]);
    }
    await this.connection.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, batch]) => ({
        topic,
        messages: batch.map((envelope) => eventRecord(envelope, traceOf(envelope))),
      })),
    });
    for (const envelope of envelopes) kafkaMetrics.produced.inc({ topic: topicOfEvent(envelope), type: envelope.type });
  }
}
