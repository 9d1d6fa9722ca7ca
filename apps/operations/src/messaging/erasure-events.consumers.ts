import { ErasureTopics } from '@pollen/contracts';

import { RecordErasureConfirmation } from '../usecases';
import { perServiceConsumers } from './per-service-consumers';

/** Each service's erasure confirmations: each goes onto the erasure's progress. */
export const ERASURE_EVENTS_CONSUMERS = perServiceConsumers(
  'ErasureEvents',
  ErasureTopics,
  '.erasure-completed',
  RecordErasureConfirmation,
  (record, event) => record.execute({ confirmation: event.data, completedAt: new Date(event.occurredAt) }),
);
