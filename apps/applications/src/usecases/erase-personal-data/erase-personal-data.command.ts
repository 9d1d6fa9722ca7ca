/** From `account.erasure-requested`: the account to forget, and the erasure it is part of. */
export interface ErasePersonalDataCommand {
  accountId: string;
  erasureId: string;
  /** The event's id: the cause of `applications.erasure-completed`. */
  eventId: string;
  at: Date;
}
