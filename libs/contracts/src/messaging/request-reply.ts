import type { ReasonCode } from '../catalogue/reasons';
import type { ErrorCode, FieldError } from '../errors/error-code';
import type { Actor, EnvelopeBase } from './envelope';

/**
 * A request from the gateway to the service that owns the data (docs/architecture.md,
 * "Request–reply"). It is an envelope with the acting user, a deadline after which the service
 * drops it unanswered (the gateway has already answered 503), and where to send the reply.
 */
export interface RequestEnvelope<TType extends string = string, TData = unknown> extends EnvelopeBase<TType, TData> {
  actor: Actor;
  deadline: string;
  /** Accept-Language of the HTTP caller, for messages meant for people. */
  locale: Locale;
  replyTo: { topic: string; partition: number; instance: string };
  /**
   * The gateway's Ed25519 signature over the whole envelope (`v1.<base64url>`, ADR 0018): a service
   * acts for `actor` only when it verifies. Absent only on a request a service sends itself, as
   * its own system actor, when the catalogue names it among the request's `senders`.
   */
  actorSignature?: string;
}

export type Locale = 'fr' | 'en';

export type ReplyEnvelope<TResult = unknown> =
  | { requestId: string; correlationId: string; ok: true; result: TResult }
  | { requestId: string; correlationId: string; ok: false; error: ReplyError };

export interface ReplyError {
  code: ErrorCode;
  /** What precisely went wrong, when the catalogue has a reason for it. */
  reason?: ReasonCode;
  message: string;
  errors?: FieldError[];
  /** Extra, code-specific facts (for example the id of the caller's existing draft). */
  details?: Record<string, unknown>;
}
