import { managementPort, servicePort } from '@pollen/contracts';
import { LocalDefault, ServiceEnv, toList } from '@pollen/platform/config';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

/** The notifications service's environment (see ServiceEnv for the shared variables). */
export class NotificationsConfig extends ServiceEnv {
  override PORT = servicePort('notifications');
  override MANAGEMENT_PORT = managementPort('notifications');
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
   * An event older than this tells no one (no inbox item, e-mail or webhook call): a new consumer
   * group reading a topic from its beginning must not notify everyone about the past.
   */
  @IsInt()
  @Min(0)
  MAIL_STALE_AFTER_MS: number = 3 * 24 * 60 * 60 * 1000;

  /**
   * When daily deal-flow digests go out, Europe/Paris wall-clock time `HH:MM` (or `HH:MM:SS`): one
   * e-mail a day at most, listing the matches recorded before that time.
   */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { message: 'DIGEST_AT must be HH:MM[:SS] (Europe/Paris)' })
  DIGEST_AT = '08:00';

  /** How often the digest clock looks whether the day's digests are due. */
  @IsInt()
  @Min(10)
  DIGEST_POLL_MS: number = 60_000;

  /** Encrypts webhook secrets at rest: 32 random bytes in base64 (`openssl rand -base64 32`). */
  @LocalDefault()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'WEBHOOK_SECRETS_KEY must be 32 bytes in base64' })
  WEBHOOK_SECRETS_KEY = 'cG9sbGVuLWxvY2FsLXdlYmhvb2stc2VjcmV0cy1rZXk=';

  /**
   * `host:port` targets exempt from the address guard (a receiver on 127.0.0.1 in development or a
   * test). Empty in production: every webhook must reach a public address.
   */
  @Transform(toList)
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'WEBHOOK_ALLOWED_TARGETS must be host:port, comma-separated' })
  WEBHOOK_ALLOWED_TARGETS: string[] = [];

  /** The DNS servers webhook names are resolved with (`ip:port`, comma-separated); the system's when empty. */
  @Transform(toList)
  @Matches(/^[^\s,]+:\d{1,5}$/, { each: true, message: 'WEBHOOK_DNS_SERVERS must be ip:port, comma-separated' })
  WEBHOOK_DNS_SERVERS: string[] = [];

  /** How long one call may take, connection and answer together. */
  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** Calls of one event to one endpoint before it is dead; the delays double from the first (8 ≈ a day). */
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS: number = 8;

  /** The delay after the first failed call (11 min: 8 attempts span about a day), less up to 20 % jitter. */
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS: number = 11 * 60 * 1000;

  /** An endpoint whose every call failed for this long is disabled, and its owner told. */
  @IsInt()
  @Min(1000)
  WEBHOOK_DISABLE_AFTER_MS: number = 24 * 60 * 60 * 1000;

  /** How long the secret before a rotation still signs, beside the new one. */
  @IsInt()
  @Min(0)
  WEBHOOK_SECRET_OVERLAP_MS: number = 24 * 60 * 60 * 1000;

  /** How often the webhook dispatcher looks for calls that are due (new ones wake it at once). */
  @IsInt()
  @Min(10)
  WEBHOOK_POLL_MS: number = 5000;

  /**
   * Days an e-mail sent or given up (and its attempts) is kept: long enough for a person or an
   * operator to ask "did that mail go out?" about the last quarter, and no law asks for more.
   */
  @IsInt()
  @Min(1)
  DELIVERY_RETENTION_DAYS: number = 90;

  /** Days a webhook call is kept: its owner's deliveries list serves debugging, a month is plenty. */
  @IsInt()
  @Min(1)
  WEBHOOK_DELIVERY_RETENTION_DAYS: number = 30;

  /** Days a read inbox item is kept after it was read: a year of history; unread ones wait for their reader. */
  @IsInt()
  @Min(1)
  INBOX_READ_RETENTION_DAYS: number = 365;

  /** Days an entry a digest listed is kept: the digest e-mail itself is the record of what was sent. */
  @IsInt()
  @Min(1)
  DIGEST_RETENTION_DAYS: number = 30;

  /** How often the retention sweep runs: retention is counted in days, an hour late is nothing. */
  @IsInt()
  @Min(10)
  RETENTION_SWEEP_POLL_MS: number = 60 * 60 * 1000;
}
