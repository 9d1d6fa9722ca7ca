import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { ReadinessRegistry } from '@pollen/platform/health';

import { EventPublisher } from './event-publisher';
import { InboundProcessor } from './inbound-processor';
import { KafkaConnection } from './kafka-connection';
import { KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka-options';
import { RequestDispatcher } from './request-reply/request-dispatcher';
import { REQUEST_REPLY_LIMITS, RequestReplyClient } from './request-reply/request-reply.client';
import { RequestSender } from './request-reply/request-sender';

export interface KafkaModuleSetup extends KafkaModuleOptions {
  /** The gateway asks the other services through request–reply; they answer. */
  requestReply?: { timeoutMs: number; maxPending: number };
}

@Module({})
export class KafkaModule {
  static forRoot(setup: KafkaModuleSetup): DynamicModule {
    const { requestReply, ...options } = setup;
    const providers: Provider[] = [
      { provide: KAFKA_OPTIONS, useValue: options },
      KafkaConnection,
      EventPublisher,
      RequestDispatcher,
      RequestSender,
      {
        provide: InboundProcessor,
        useFactory: (connection: KafkaConnection, readiness: ReadinessRegistry) => {
          const processor = new InboundProcessor(() => connection.producer, options.service);
          // Not ready while a consumer's messages wait for a dependency that is down.
          readiness.register('dependencies', async () => {
            const outage = processor.outage();
            if (outage) throw new Error(outage);
            return true;
          });
          return processor;
        },
        inject: [KafkaConnection, ReadinessRegistry],
      },
    ];
    if (requestReply) {
      providers.push({ provide: REQUEST_REPLY_LIMITS, useValue: requestReply }, RequestReplyClient);
    }
    return {
      module: KafkaModule,
      global: true,
      providers,
      exports: [
        KAFKA_OPTIONS,
        KafkaConnection,
        EventPublisher,
        RequestDispatcher,
        RequestSender,
        InboundProcessor,
        ...(requestReply ? [RequestReplyClient] : []),
      ],
    };
  }
}
