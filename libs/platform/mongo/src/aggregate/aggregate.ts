import type { EventDataOf, EventEnvelope, EventOn, EventTypeOn } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';

/** What the write machinery needs of every aggregate. */
export interface Aggregate {
  id: string;
  /** 0 before the first event, +1 per event: also the ETag. */
  version: number;
}

/** An aggregate changed by requests that may be delivered twice: it remembers the last ones. */
export interface IdempotentAggregate extends Aggregate {
  appliedRequestIds: string[];
}

/** How many applied request ids an aggregate remembers: far more than redeliveries need. */
export const APPLIED_REQUESTS_KEPT = 50;

/**
 * One change to an aggregate, made by one request at one instant: the next state and the events
 * that say what happened. Each event states one fact and moves the version by one, so a consumer
 * that drops stale versions never drops a sibling event of the same write. The topic fixes which
 * event types may be emitted, and each type its data.
 */
export class AggregateChange<TState extends Aggregate, TTopicName extends string> {
  readonly next: TState;
  readonly events: EventOn<TTopicName>[] = [];

  /**
   * `previous` is the stored state, or the new aggregate at version 0. `requestId` is the request
   * envelope that causes the change (absent for a change the gateway makes on an HTTP call).
   */
  constructor(
    readonly previous: TState,
    readonly requestId: string | undefined,
    readonly at: Date,
  ) {
    this.next = structuredClone(previous);
    const applied = (previous as Partial<IdempotentAggregate>).appliedRequestIds;
    if (applied && requestId) {
      (this.next as unknown as IdempotentAggregate).appliedRequestIds = [...applied, requestId].slice(
        -APPLIED_REQUESTS_KEPT,
      );
    }
  }

  /** `data` may be computed from the state at the event's version (when it carries the version). */
  emit<T extends EventTypeOn<TTopicName>>(type: T, data: EventDataOf<T> | ((next: TState) => EventDataOf<T>)): void {
    this.next.version += 1;
    const event = newEvent(type, {
      subject: this.next.id,
      aggregateVersion: this.next.version,
      causationId: this.requestId,
      occurredAt: this.at,
      data: typeof data === 'function' ? data(this.next) : data,
    });
    this.events.push(event as unknown as EventOn<TTopicName>);
  }
}

/** The port a command writes through: the repository, or a fake of it. */
export interface AggregateWriter<TState extends Aggregate> {
  update(next: TState, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
}
