import type {
  ApplicationContent,
  ApplicationEventData,
  ApplicationStatus,
  EventDataOf,
  EventOn,
  EventTypeOn,
  Topics,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { APPLIED_REQUESTS_KEPT, type Application, contentOf } from './application';

type ApplicationTopic = (typeof Topics)['applicationEvents']['name'];
export type ApplicationEventType = EventTypeOn<ApplicationTopic>;
export type ApplicationEvent = EventOn<ApplicationTopic>;

/**
 * One change to an application, made by one request: the next state and the events that say what
 * happened. Each event states one fact and moves the aggregate version by one, so a consumer that
 * drops stale versions never drops a sibling event of the same write.
 */
export class ApplicationChange {
  readonly next: Application;
  readonly events: ApplicationEvent[] = [];

  constructor(
    readonly previous: Application,
    private readonly requestId: string,
    private readonly at: Date,
  ) {
    this.next = structuredClone(previous);
    this.next.updatedAt = at;
    this.next.appliedRequestIds = [...previous.appliedRequestIds, requestId].slice(-APPLIED_REQUESTS_KEPT);
  }

  emit<T extends ApplicationEventType>(type: T, data: EventDataOf<T>): void {
    this.next.version += 1;
    this.events.push(
      newEvent(type, {
        subject: this.next.id,
        aggregateVersion: this.next.version,
        causationId: this.requestId,
        occurredAt: this.at,
        data,
      }) as ApplicationEvent,
    );
  }

  /** A status change, kept in the history (who, when, why); the event that causes it says so. */
  moveTo(status: ApplicationStatus, by: string, reason: string): void {
    this.next.status = status;
    this.next.history.push({ status, at: this.at, by, reason });
  }

  /** What every event of the application names. */
  ref(): ApplicationEventData {
    const { id, programmeId, ownerId } = this.next;
    return { applicationId: id, programmeId, ownerId };
  }

  content(): ApplicationContent {
    return contentOf(this.next);
  }
}
