import type { EventEnvelope } from '@pollen/contracts';

export interface ProjectApplicationEventCommand {
  /** Any event of the application events topic, its envelope already validated. */
  event: EventEnvelope;
}

/** applied: the projection changed; stale: it was already as new (or a redelivery); ignored: nothing to project. */
export type ProjectionOutcome = 'applied' | 'stale' | 'ignored';
