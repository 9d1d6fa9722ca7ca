/** One e-mail, ready to go. */
export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** The same for every attempt of one delivery: a mail sent twice is recognisably one. */
  messageId: string;
}

/** The relay refused this mail for good (a 5xx to its recipient or content): trying again will not help. */
export class PermanentRefusal extends Error {}

/**
 * The relay could not be reached or would not take any mail (down, a timeout, a refused log-in):
 * no fault of this mail, which waits for the relay however long it takes.
 */
export class RelayUnavailable extends Error {}

/**
 * The port the dispatcher sends through; SmtpMailer is the adapter. It resolves once the relay
 * has accepted the mail; it throws PermanentRefusal or RelayUnavailable as above, and anything
 * else for a refusal that may pass later (a 4xx to the recipient): the dispatcher tries again.
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
