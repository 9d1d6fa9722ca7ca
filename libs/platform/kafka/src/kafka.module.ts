import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { ServiceEnv } from '@pollen/platform/config';
import { ReadinessRegistry } from '@pollen/platform/health';

import { ActorVerifier } from './actor-signature/actor-verifier';
import { EventPublisher } from './event-publisher';
import { InboundProcessor } from './inbound-processor';
import { KafkaConnection } from './kafka-connection';
import { KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka-options';
import { RelayLeadership } from './relay-leadership';
import { RequestDispatcher } from './request-reply/request-dispatcher';
import { REQUEST_REPLY_LIMITS, RequestReplyClient, type RequestReplySetup } from './request-reply/request-reply.client';
import { RequestSender } from './request-reply/request-sender';

export interface KafkaModuleSetup extends KafkaModuleOptions {
  /** The gateway asks the other services through request–reply; they answer. */
  requestReply?: RequestReplySetup;
}

@Module({})
export class KafkaModule {
  static forRoot(setup: KafkaModuleSetup): DynamicModule {
    const { requestReply, ...options } = setup;
    const providers: Provider[] = [
      { provide: KAFKA_OPTIONS, useValue: options },
      KafkaConnection,
      EventPublisher,
      RelayLeadership,
      RequestDispatcher,
      RequestSender,
      {
        provide: ActorVerifier,
        useFactory: (config: ServiceEnv) => new ActorVerifier(config.actorVerifyKeys),
        inject: [ServiceEnv],
      },
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
        RelayLeadership,
        RequestDispatcher,
        RequestSender,
        InboundProcessor,
        ...(requestReply ? [RequestReplyClient] : []),
      ],
    };
  }
}
