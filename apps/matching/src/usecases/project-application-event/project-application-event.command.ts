import type { ApplicationEvent } from '../../domain/application-projection';

export interface ProjectApplicationEventCommand {
  /** Any event of the application events topic, already checked against the catalogue. */
  event: ApplicationEvent;
}

/**
 * applied: the projection changed; stale: it was already as new (or a redelivery); erased: its
 * owner was erased, so nothing is kept.
 */
export type ProjectionOutcome = 'applied' | 'stale' | 'erased';
