import { createHash, type KeyObject, sign, verify } from 'node:crypto';

import type { RequestEnvelope } from '@pollen/contracts';

import { canonicalJson } from './canonical-json';

/** Names what the bytes are, so a signature made for anything else never verifies here. */
const PURPOSE = 'pollen actor signature v1';
const VERSION = 'v1.';

/**
 * What the gateway signs (ADR 0018): every field of the envelope but the signature itself (its id,
 * type, source, subject, actor, deadline, reply address…), with the data as the SHA-256 of its
 * canonical JSON. So a signature cannot be lifted onto another request, another type, another
 * actor or other data, nor outlive its deadline.
 */
export function signedBytesOf(request: RequestEnvelope): Buffer {
  const { actorSignature: _signature, data, ...envelope } = request;
  const digest = createHash('sha256').update(canonicalJson(data)).digest('base64url');
  return Buffer.from(`${PURPOSE}\n${canonicalJson({ ...envelope, data: { sha256: digest } })}`, 'utf8');
}

/** The `actorSignature` of a request, signed with the gateway's Ed25519 private key. */
export function actorSignatureOf(request: RequestEnvelope, privateKey: KeyObject): string {
  return VERSION + sign(null, signedBytesOf(request), privateKey).toString('base64url');
}

/** Whether one of `publicKeys` (several while the gateway's key is rotated) signed this very request. */
export function hasGenuineSignature(request: RequestEnvelope, publicKeys: readonly KeyObject[]): boolean {
  const signature = request.actorSignature;
  if (typeof signature !== 'string' || !signature.startsWith(VERSION)) return false;
  const bytes = signedBytesOf(request);
  const raw = Buffer.from(signature.slice(VERSION.length), 'base64url');
  return publicKeys.some((key) => verify(null, bytes, key, raw));
}
