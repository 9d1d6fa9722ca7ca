import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { NotificationsConfig } from '../config/notifications.config';
import { Mailer, type OutgoingMail, PermanentRefusal, RelayUnavailable } from './mailer';

/** The relay of SMTP_URL: `smtps:` is TLS from the start, `smtp:` upgrades with STARTTLS. */
export function relayOf(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const auth = url.username
    ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
    : {};
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // A password never crosses in clear: with a log-in, STARTTLS is required, not just offered.
    requireTLS: !secure && Boolean(url.username),
    ...auth,
  };
}

/** What the relay's answer means for this mail (nodemailer's error: its code, SMTP command and reply). */
export function classify(error: unknown): Error {
  const { code, command, responseCode, message } = error as {
    code?: string;
    command?: string;
    responseCode?: number;
    message?: string;
  };
  const text = message ?? String(error);
  // nodemailer refused the envelope itself (an address it cannot send to): no relay will take it.
  if (code === 'EENVELOPE' && command === 'API') return new PermanentRefusal(text);
  // Only the answers to this mail's recipient and content are about this mail; the rest (the
  // connection, the greeting, the log-in, MAIL FROM) are about the relay or its configuration.
  if (command !== 'RCPT TO' && command !== 'DATA') return new RelayUnavailable(text);
  return responseCode !== undefined && responseCode >= 500 ? new PermanentRefusal(text) : new Error(text);
}

/** Sends through the SMTP relay of SMTP_URL with nodemailer, over a small pool of connections. */
@Injectable()
export class SmtpMailer extends Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(config: NotificationsConfig) {
    super();
    this.from = config.MAIL_FROM;
    // Each wait well inside the attempt's lease: a hung relay fails the attempt before another
    // replica may take the mail over.
    const wait = Math.floor(config.MAIL_ATTEMPT_LEASE_MS / 6);
    // Options beside a `url` are ignored by nodemailer: the relay is spelled out.
    this.transport = createTransport({
      ...relayOf(config.SMTP_URL),
      pool: true,
      maxConnections: 4,
      connectionTimeout: wait,
      greetingTimeout: wait,
      socketTimeout: wait,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
      });
    } catch (error) {
      throw classify(error);
    }
  }

  /** After every module's destroy hook: the dispatcher's last pass has sent what it sends. */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
