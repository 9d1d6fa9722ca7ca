import type {
  ApplicationContent,
  ApplicationEventData,
  ApplicationStatus,
  ConsentsDto,
  EventOn,
  Topics,
} from '@pollen/contracts';
import { AggregateChange } from '@pollen/platform/mongo';

import { type Application, contentOf } from './application';

type ApplicationTopic = (typeof Topics)['applicationEvents']['name'];
export type ApplicationEvent = EventOn<ApplicationTopic>;

/** One change to an application by one request: the next state, its history and its events. */
export class ApplicationChange extends AggregateChange<Application, ApplicationTopic> {
  constructor(previous: Application, requestId: string, at: Date) {
    super(previous, requestId, at);
    this.next.updatedAt = at;
  }

  /** A status change, kept in the history (who, when, why); the event that causes it says so. */
  moveTo(status: ApplicationStatus, by: string, reason: string, matchId?: string): void {
    this.next.status = status;
    this.next.history.push({ status, at: this.at, by, reason, ...(matchId ? { matchId } : {}) });
  }

  /** An agreement signed by every party: kept in the history, the status staying. */
  recordAgreementSigned(documentId: string, reason: string): void {
    this.next.history.push({ status: this.next.status, at: this.at, by: 'system', reason, documentId });
  }

  /**
   * The owner's answer to the consent notice, kept with who, when and which notice, and in the
   * history, so the platform can show every consent given or withdrawn (RGPD art. 7(1)).
   */
  recordConsent(consent: ConsentsDto, by: string): void {
    const { shareWithInvestors, noticeVersion } = consent;
    const wasGiven = this.next.consents?.shareWithInvestors === true;
    this.next.consents = { shareWithInvestors, noticeVersion, at: this.at, by };
    const reason = shareWithInvestors
      ? 'Consent to be shown to investors given'
      : `Consent to be shown to investors ${wasGiven ? 'withdrawn' : 'refused'}`;
    this.next.history.push({
      status: this.next.status,
      at: this.at,
      by,
      reason,
      consent: { shareWithInvestors, noticeVersion },
    });
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
