export interface NotifyApplicationDraftedCommand {
  /** The `application.drafted` event's id: with the recipient, the notification's dedupe key. */
  eventId: string;
  applicationId: string;
  ownerId: string;
  organisationName: string;
}
