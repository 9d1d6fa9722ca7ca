import { HeartbeatTopics } from '@pollen/contracts';

import { RecordHeartbeat } from '../usecases';
import { perServiceConsumers } from './per-service-consumers';

/** Each service's heartbeats: each instance's latest is kept. */
export const HEARTBEAT_CONSUMERS = perServiceConsumers(
  'Heartbeat',
  HeartbeatTopics,
  '.heartbeat',
  RecordHeartbeat,
  (record, event) =>
    record.execute({ heartbeat: event.data, beat: event.aggregateVersion, at: new Date(event.occurredAt) }),
);
