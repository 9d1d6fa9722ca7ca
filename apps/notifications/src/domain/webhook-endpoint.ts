import { createHash } from 'node:crypto';

import type { Role, WebhookEventType, WebhookStatus, WebhookView } from '@pollen/contracts';

/** A signing secret, sealed at rest (WebhookSecrets): the database alone cannot sign. */
export interface WebhookSecret {
  sealed: string;
  createdAt: Date;
  /** Null for the current secret; set on the one before, once it has been rotated out. */
  expiresAt: Date | null;
  /**
   * The request that made it (the registration, a rotation): the same request retried after its
   * answer was lost is answered with this secret again, and makes no other.
   */
  requestId?: string;
}

/** Where one investor or operator wants the public events they subscribed to, and how it answers. */
export interface WebhookEndpoint {
  id: string;
  ownerId: string;
  /** The role it was registered under: an operator's endpoint receives the events of the whole platform. */
  ownerRole: Role;
  url: string;
  events: WebhookEventType[];
  /** The newest (current) first; expired ones are dropped on write. */
  secrets: WebhookSecret[];
  status: WebhookStatus;
  /** Since when every call failed; null while it answers. */
  failingSince: Date | null;
  /** The last failed call, to tell a streak from two failures far apart. */
  lastFailureAt?: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  version: number;
}

export type NewWebhookEndpoint = Pick<WebhookEndpoint, 'id' | 'ownerId' | 'ownerRole' | 'url' | 'events'>;

/** A new, active endpoint signing with `sealedSecret`; the registering request is the endpoint's id. */
export function newEndpoint(fields: NewWebhookEndpoint, sealedSecret: string, now: Date): WebhookEndpoint {
  return {
    ...fields,
    events: [...fields.events],
    secrets: [{ sealed: sealedSecret, createdAt: now, expiresAt: null, requestId: fields.id }],
    status: 'active',
    failingSince: null,
    disabledAt: null,
    createdAt: now,
    version: 0,
  };
}

const unexpired = (secret: WebhookSecret, now: Date) => secret.expiresAt === null || secret.expiresAt > now;

/**
 * Signs with `sealedSecret` from now on; the current secret keeps signing beside it for `overlapMs`,
 * so receivers can switch without losing a call. Any older secret goes: at most two ever sign.
 */
export function rotated(
  endpoint: WebhookEndpoint,
  sealedSecret: string,
  now: Date,
  overlapMs: number,
  requestId?: string,
): WebhookEndpoint {
  const [current] = endpoint.secrets;
  const previous = current && { ...current, expiresAt: new Date(now.getTime() + overlapMs) };
  const fresh: WebhookSecret = {
    sealed: sealedSecret,
    createdAt: now,
    expiresAt: null,
    ...(requestId ? { requestId } : {}),
  };
  return { ...endpoint, secrets: [fresh, ...(previous ? [previous] : [])].filter((s) => unexpired(s, now)) };
}

/** The current secret, sealed, if `requestId` made it: the answer that request should get again. */
export function secretMadeBy(endpoint: WebhookEndpoint, requestId: string): string | undefined {
  const [current] = endpoint.secrets;
  return current?.requestId === requestId ? current.sealed : undefined;
}

/** The sealed secrets each call is signed with at `now`, the newest first. */
export function signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
  return endpoint.secrets.filter((secret) => unexpired(secret, now)).map((secret) => secret.sealed);
}

/** It answered: the clock towards disabling it starts again at its next failure. */
export function afterSuccess(endpoint: WebhookEndpoint): WebhookEndpoint {
  return { ...endpoint, failingSince: null, lastFailureAt: null };
}

/**
 * A call failed. An endpoint that has failed every call for `disableAfterMs` is disabled;
 * `disabledNow` says this failure disabled it, so that its owner is told once. A failure more than
 * half that long after the one before starts a new streak: no call was failing in between (the
 * longest retry delay of a day's attempts is under half a day), so one failure of a rarely called
 * endpoint does not disable it.
 */
export function afterFailure(
  endpoint: WebhookEndpoint,
  now: Date,
  disableAfterMs: number,
): { endpoint: WebhookEndpoint; disabledNow: boolean } {
  const lastFailureAt = endpoint.lastFailureAt ?? null;
  const quietSince = lastFailureAt && now.getTime() - lastFailureAt.getTime() > disableAfterMs / 2;
  const failingSince = quietSince ? now : (endpoint.failingSince ?? now);
  const disabledNow = endpoint.status === 'active' && now.getTime() - failingSince.getTime() >= disableAfterMs;
  const next: WebhookEndpoint = { ...endpoint, failingSince, lastFailureAt: now };
  return {
    endpoint: disabledNow ? { ...next, status: 'disabled', disabledAt: now } : next,
    disabledNow,
  };
}

/** The endpoint as its owner sees it, never with a secret. */
export function toWebhookView(endpoint: WebhookEndpoint, now: Date = new Date()): WebhookView {
  // A rotated-out secret stays stored until the next write, after it stopped signing: not shown then.
  const previous = endpoint.secrets.slice(1).find((secret) => unexpired(secret, now));
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: [...endpoint.events],
    status: endpoint.status,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    previousSecretExpiresAt: previous?.expiresAt?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

/**
 * The `webhook-id` of every call of one delivery (one event to one endpoint): derived from the
 * delivery's id, so each retry carries the same one and receivers can deduplicate on it.
 */
export function webhookIdOf(deliveryId: string): string {
  return `msg_${createHash('sha256').update(deliveryId).digest('hex').slice(0, 32)}`;
}
