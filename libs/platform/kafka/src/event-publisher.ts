import { Injectable } from '@nestjs/common';
import { type EventEnvelope, Headers, type TopicDefinition } from '@pollen/contracts';
import { KafkaConnection } from './kafka-connection';
import { kafkaMetrics } from './kafka.metrics';

/**
 * Publishes envelopes keyed by their subject (the aggregate id), in the order given, and waits for
 * every in-sync replica to acknowledge. Callers that must not lose an event go through the outbox.
 */
@Injectable()
export class EventPublisher {
  constructor(private readonly connection: KafkaConnection) {}

  async publish(topic: TopicDefinition, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    await this.connection.producer.send({
      topic: topic.name,
      acks: -1,
      messages: envelopes.map((envelope) => ({
        key: envelope.subject,
        value: JSON.stringify(envelope),
        headers: { [Headers.correlationId]: envelope.correlationId, [Headers.type]: envelope.type },
      })),
    });
    for (const envelope of envelopes) kafkaMetrics.produced.inc({ topic: topic.name, type: envelope.type });
  }
}
