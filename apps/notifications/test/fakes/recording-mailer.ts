import { Mailer, type OutgoingMail } from '../../src/mail/mailer';

/** Records what it sends; `failWith` makes every send throw it, as a relay that is down would. */
export class RecordingMailer extends Mailer {
  readonly sent: OutgoingMail[] = [];
  failWith?: Error;

  async send(mail: OutgoingMail): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.sent.push(mail);
  }
}
