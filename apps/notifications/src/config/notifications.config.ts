import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

/** The notifications service's environment (see ServiceEnv for the shared variables). */
export class NotificationsConfig extends ServiceEnv {
  override PORT = servicePort('notifications');
  override MONGODB_DATABASE = 'pollen-notifications';

  /**
   * The SMTP relay: `smtp://host:port` (STARTTLS when offered) or `smtps://host:port` (TLS), with
   * `user:password@` when it asks for a login. Locally, the Mailpit that tools/infra starts.
   */
  @Matches(/^smtps?:\/\/[^\s/]+\/?$/, { message: 'SMTP_URL must be smtp://[user:pass@]host[:port] or smtps://…' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /** Who e-mails come from. */
  @IsString()
  MAIL_FROM = 'Pollen <no-reply@pollen.localhost>';

  /** The domain after `@` in every Message-ID: one per deployment, stable across restarts. */
  @Matches(/^[A-Za-z0-9.-]+$/)
  MAIL_MESSAGE_ID_DOMAIN = 'pollen.localhost';

  /** Where people open Pollen: the links in e-mails point there. */
  @Matches(/^https?:\/\/\S+$/)
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Attempts before a mail the relay keeps refusing (a 4xx to its recipient) is given up (`dead`);
   * the delays between them double from the first. A relay that cannot be reached never kills a mail.
   */
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS: number = 12;

  /** The delay after the first failed attempt; then 2×, 4×… up to MAIL_RETRY_MAX_MS. */
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS: number = 30_000;

  @IsInt()
  @Min(10)
  MAIL_RETRY_MAX_MS: number = 2 * 60 * 60 * 1000;

  /**
   * How long an attempt may run before another replica (or this one after a crash) may try the
   * same mail again: the window in which a mail can be sent twice, with the same Message-ID. The
   * SMTP client's timeouts are a sixth of it each, so an attempt ends well within it.
   */
  @IsInt()
  @Min(6000)
  MAIL_ATTEMPT_LEASE_MS: number = 60_000;

  /** How often the dispatcher looks for mail that is due: new mail wakes it at once, so this paces retries. */
  @IsInt()
  @Min(10)
  MAIL_POLL_MS: number = 5000;

  /** How long a mail waits for its recipient's contact to arrive before it is given up. */
  @IsInt()
  @Min(0)
  MAIL_RECIPIENT_WAIT_MS: number = 60 * 60 * 1000;

  /**
   * An event older than this is told in the inbox but not e-mailed: a new consumer group reading a
   * topic from its beginning must not mail everyone about the past.
   */
  @IsInt()
  @Min(0)
  MAIL_STALE_AFTER_MS: number = 3 * 24 * 60 * 60 * 1000;
}
