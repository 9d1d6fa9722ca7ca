import { Controller, type Type } from '@nestjs/common';
import { ErasureTopics, type EventOf, SERVICE_NAMES, type ServiceName } from '@pollen/contracts';
import { EventConsumer, type HandledAs } from '@pollen/platform/kafka';

import { RecordErasureConfirmation } from '../usecases';

type ErasureCompletedType = `${ServiceName}.erasure-completed`;

/** One handler for every service's confirmation: they all carry the same data. */
const confirmationHandlers = (handle: (event: EventOf<ErasureCompletedType>) => Promise<HandledAs>) =>
  Object.fromEntries(SERVICE_NAMES.map((service) => [`${service}.erasure-completed`, handle])) as {
    [K in ErasureCompletedType]: (event: EventOf<K>) => Promise<HandledAs>;
  };

/** The consumer of one service's erasure topic: each confirmation goes onto the erasure's progress. */
function erasureEventsConsumerOf(service: ServiceName): Type {
  @Controller()
  class ErasureEventsConsumer extends EventConsumer('operations', ErasureTopics[service]) {
    constructor(private readonly recordConfirmation: RecordErasureConfirmation) {
      super();
    }

    readonly handlers = confirmationHandlers((event) =>
      this.recordConfirmation.execute({
        confirmation: event.data,
        completedAt: new Date(event.occurredAt),
      }),
    );
  }
  // Nest and the logs tell the consumers apart by their class names.
  Object.defineProperty(ErasureEventsConsumer, 'name', { value: `${service}ErasureEventsConsumer` });
  return ErasureEventsConsumer;
}

/** One consumer per service's erasure topic, derived from the list of services as the topics are. */
export const ERASURE_EVENTS_CONSUMERS = SERVICE_NAMES.map(erasureEventsConsumerOf);
