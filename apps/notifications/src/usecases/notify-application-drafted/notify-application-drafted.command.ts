export interface NotifyApplicationDraftedCommand {
  /** The `application.drafted` event's id: with the recipient, the notification's dedupe key. */
  eventId: string;
  /** When the draft was made: an event older than MAIL_STALE_AFTER_MS tells no one. */
  occurredAt: string;
  applicationId: string;
  ownerId: string;
  organisationName: string;
}
