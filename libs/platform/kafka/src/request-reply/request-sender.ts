import { Inject, Injectable } from '@nestjs/common';
import { type RequestDataOf, type RequestType, systemActorOf, Topics } from '@pollen/contracts';

import { requestRecord } from '../envelopes';
import { KafkaConnection } from '../kafka-connection';
import { KAFKA_OPTIONS, type KafkaModuleOptions } from '../kafka-options';

/** How long a request sent without waiting may sit in its topic before it is not worth starting. */
const DEFAULT_DEADLINE_MS = 60_000;

/**
 * A service's request to an aggregate's one writer (the message key), when it needs the write but
 * not the answer: the sweep of a service, or a follow-up of one of its commands. The answer goes to
 * the reply topic addressed to this instance, where no gateway waits for it. Whatever the sender
 * does not see done, it sends again later: the handler must be idempotent.
 *
 * It acts as the service itself (`systemActorOf`), unsigned: the receiver accepts that only for a
 * request whose catalogue `senders` name this service (ADR 0018).
 */
@Injectable()
export class RequestSender {
  constructor(
    private readonly connection: KafkaConnection,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
  ) {}

  async send<T extends RequestType>(
    type: T,
    request: { subject: string; data: RequestDataOf<T>; deadlineMs?: number },
  ): Promise<void> {
    const { record } = requestRecord(type, {
      source: this.options.service,
      subject: request.subject,
      actor: systemActorOf(this.options.service),
      locale: 'en',
      deadline: new Date(Date.now() + (request.deadlineMs ?? DEFAULT_DEADLINE_MS)),
      replyTo: { topic: Topics.gatewayReplies.name, partition: 0, instance: this.options.instanceId },
      data: request.data,
    });
    await this.connection.producer.send(record);
  }
}
