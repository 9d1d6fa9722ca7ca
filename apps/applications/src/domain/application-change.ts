import {
  type ApplicationContent,
  ApplicationEventTypes,
  type ApplicationStatus,
  type EventEnvelope,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { APPLIED_REQUESTS_KEPT, type Application } from './application';

type EventType = (typeof ApplicationEventTypes)[keyof typeof ApplicationEventTypes];

/**
 * One change to an application, made by one request: the next state and the events that say what
 * happened, each with its own aggregate version (the version grows by one per event, so a
 * consumer that drops stale versions never drops a sibling event of the same write).
 */
export class ApplicationChange {
  readonly next: Application;
  readonly events: EventEnvelope[] = [];

  constructor(
    readonly previous: Application,
    private readonly requestId: string,
    private readonly at: Date,
  ) {
    this.next = structuredClone(previous);
    this.next.updatedAt = at;
    this.next.appliedRequestIds = [...previous.appliedRequestIds, requestId].slice(-APPLIED_REQUESTS_KEPT);
  }

  emit<TData>(type: EventType, data: TData): void {
    this.next.version += 1;
    this.events.push(
      newEvent({
        type,
        source: 'applications',
        subject: this.next.id,
        aggregateVersion: this.next.version,
        causationId: this.requestId,
        occurredAt: this.at,
        data,
      }),
    );
  }

  /** A status change: recorded in the history (who, when, why) and announced. */
  moveTo(status: ApplicationStatus, by: string, reason: string): void {
    const from = this.next.status;
    this.next.status = status;
    this.next.history.push({ status, at: this.at, by, reason });
    this.emit(ApplicationEventTypes.statusChanged, {
      applicationId: this.next.id,
      ownerId: this.next.ownerId,
      programmeId: this.next.programmeId,
      from,
      to: status,
      by,
      reason,
    });
  }

  content(): ApplicationContent {
    const { id, programmeId, ownerId, status, organisation, project, request } = this.next;
    return { applicationId: id, programmeId, ownerId, status, organisation, project, request };
  }
}
