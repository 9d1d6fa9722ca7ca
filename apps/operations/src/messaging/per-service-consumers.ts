import { Controller, Inject, type Type } from '@nestjs/common';
import { type EventOf, type EventType, SERVICE_NAMES, type ServiceName, type TopicDefinition } from '@pollen/contracts';
import { EventConsumer, type HandledAs } from '@pollen/platform/kafka';

/**
 * One consumer for each service's topic of a kind every service has (its erasure confirmations,
 * its heartbeats), derived from the list of services as the topics are: every `<service><suffix>`
 * event goes to `handle`, with the use case it needs.
 */
export function perServiceConsumers<TUseCase, TSuffix extends string>(
  kind: string,
  topics: Readonly<Record<ServiceName, TopicDefinition<string, ServiceName, readonly ['operations'], 'events'>>>,
  suffix: TSuffix,
  useCase: Type<TUseCase>,
  handle: (useCase: TUseCase, event: EventOf<`${ServiceName}${TSuffix}` & EventType>) => Promise<HandledAs>,
): Type[] {
  return SERVICE_NAMES.map((service) => {
    @Controller()
    class PerServiceConsumer extends EventConsumer('operations', topics[service]) {
      constructor(@Inject(useCase) private readonly target: TUseCase) {
        super();
      }

      readonly handlers = Object.fromEntries(
        SERVICE_NAMES.map((name) => [`${name}${suffix}`, (event: never) => handle(this.target, event)]),
      ) as never;
    }
    // Nest and the logs tell the consumers apart by their class names.
    Object.defineProperty(PerServiceConsumer, 'name', { value: `${service}${kind}Consumer` });
    return PerServiceConsumer;
  });
}
