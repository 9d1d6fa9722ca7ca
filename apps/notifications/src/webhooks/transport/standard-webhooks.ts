import { createHmac, randomBytes } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com/): the signing scheme receivers can verify
// with any of its libraries, rather than one of our own.

const secretPrefix = 'whsec_';

export interface SignedWebhook {
  /** The same for every attempt of one message: receivers deduplicate on it. */
  id: string;
  timestamp: Date;
  /** Exactly the bytes sent: the receiver verifies the raw body. */
  body: string;
}

export interface SignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** A new signing secret: `whsec_` and 32 random bytes in base64, as the specification suggests. */
export function newWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString('base64')}`;
}

/**
 * The three headers of a signed webhook. Each secret gives one `v1,` signature, separated by
 * spaces: while a secret is rotated, receivers holding the old one or the new one both verify.
 */
export function signatureHeaders({ id, timestamp, body }: SignedWebhook, secrets: string[]): SignatureHeaders {
  if (secrets.length === 0) throw new Error('A webhook is signed with at least one secret');
  const seconds = String(Math.floor(timestamp.getTime() / 1000));
  const signed = `${id}.${seconds}.${body}`;
  const signatures = secrets.map(
    (secret) => `v1,${createHmac('sha256', keyOf(secret)).update(signed).digest('base64')}`,
  );
  return { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': signatures.join(' ') };
}

function keyOf(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, 'base64');
  if (key.length === 0) throw new Error('A webhook secret must be base64, after its whsec_ prefix');
  return key;
}
