import type { Actor, CreateApplicationDraftDto } from '@pollen/contracts';

export interface CreateApplicationDraftCommand {
  /** Chosen by the gateway: the request's subject, so redeliveries land on the same id. */
  applicationId: string;
  requestId: string;
  actor: Actor;
  draft: CreateApplicationDraftDto;
  /** When the gateway accepted the request: this, not the processing time, says whether the call has closed. */
  acceptedAt: Date;
}
