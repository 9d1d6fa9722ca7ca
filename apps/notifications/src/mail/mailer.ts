/** One e-mail, ready to go. */
export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** The same for every attempt of one delivery: a mail sent twice is recognisably one. */
  messageId: string;
}

/** The relay refused the mail for good (an SMTP 5xx): trying again will not help. */
export class PermanentRefusal extends Error {}

/**
 * The port the dispatcher sends through; SmtpMailer is the adapter. It resolves once the relay
 * has accepted the mail, throws PermanentRefusal when it never will, and throws anything else
 * when it could not say (down, slow, a 4xx): the dispatcher tries again later.
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
