import type { Actor, Locale } from '@pollen/contracts';

export interface SubmitApplicationCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  /** When the gateway accepted the request: this, not the processing time, counts against the deadline. */
  acceptedAt: Date;
  locale: Locale;
}
