import { Controller, type Type } from '@nestjs/common';
import { type EventOf, HeartbeatTopics, SERVICE_NAMES, type ServiceName } from '@pollen/contracts';
import { EventConsumer, type HandledAs } from '@pollen/platform/kafka';

import { RecordHeartbeat } from '../usecases';

type HeartbeatType = `${ServiceName}.heartbeat`;

/** One handler for every service's heartbeat: they all carry the same data. */
const heartbeatHandlers = (handle: (event: EventOf<HeartbeatType>) => Promise<HandledAs>) =>
  Object.fromEntries(SERVICE_NAMES.map((service) => [`${service}.heartbeat`, handle])) as {
    [K in HeartbeatType]: (event: EventOf<K>) => Promise<HandledAs>;
  };

/** The consumer of one service's heartbeat topic: each instance's latest heartbeat is kept. */
function heartbeatConsumerOf(service: ServiceName): Type {
  @Controller()
  class HeartbeatConsumer extends EventConsumer('operations', HeartbeatTopics[service]) {
    constructor(private readonly record: RecordHeartbeat) {
      super();
    }

    readonly handlers = heartbeatHandlers((event) =>
      this.record.execute({ heartbeat: event.data, beat: event.aggregateVersion, at: new Date(event.occurredAt) }),
    );
  }
  // Nest and the logs tell the consumers apart by their class names.
  Object.defineProperty(HeartbeatConsumer, 'name', { value: `${service}HeartbeatConsumer` });
  return HeartbeatConsumer;
}

/** One consumer per service's heartbeat topic, derived from the list of services as the topics are. */
export const HEARTBEAT_CONSUMERS = SERVICE_NAMES.map(heartbeatConsumerOf);
