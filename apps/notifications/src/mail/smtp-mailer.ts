import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { NotificationsConfig } from '../config/notifications.config';
import { Mailer, type OutgoingMail, PermanentRefusal } from './mailer';

/** The relay of SMTP_URL: `smtps:` is TLS from the start, `smtp:` upgrades with STARTTLS when offered. */
export function relayOf(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
  };
}

/** Sends through the SMTP relay of SMTP_URL with nodemailer, over one pooled connection. */
@Injectable()
export class SmtpMailer extends Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(config: NotificationsConfig) {
    super();
    this.from = config.MAIL_FROM;
    // Options beside a `url` are ignored by nodemailer: the relay is spelled out.
    this.transport = createTransport({
      ...relayOf(config.SMTP_URL),
      pool: true,
      maxConnections: 2,
      // Well inside the attempt lease: a hung relay fails the attempt, it does not hold the mail.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
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
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentRefusal((error as Error).message);
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
