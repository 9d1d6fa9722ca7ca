import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

import { ValidateBy } from 'class-validator';

/**
 * The Ed25519 pair that signs and checks request actors on a laptop and in tests (ADR 0018). It is
 * in the repository, so `@LocalDefault` refuses it outside development and test: a deployment sets
 * ACTOR_SIGNING_KEY on the gateway and ACTOR_VERIFY_KEY on every service.
 */
export const LOCAL_ACTOR_KEYS = {
  signing: `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIDPMxd6UqmS6i1JMu1a8CueHUp90xw7I4bTTdw2+XOSN
-----END PRIVATE KEY-----
`,
  verify: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAyDjhQRFiCrvxfJuW0Vz1DkzvnZpQ+qCuZ/IxFe3MXrE=
-----END PUBLIC KEY-----
`,
} as const;

const PUBLIC_KEY_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

/** PEM as given, or the base64 of it: an environment variable holds one line more easily. */
function pemOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('-----BEGIN') ? trimmed : Buffer.from(trimmed, 'base64').toString('utf8');
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

/** The gateway's signing key: one PKCS#8 PEM private key (or its base64). Throws if it is not Ed25519. */
export function ed25519PrivateKeyOf(text: string): KeyObject {
  return ed25519(createPrivateKey({ key: pemOf(text), format: 'pem' }));
}

/**
 * The keys a service accepts: one SPKI PEM public key (or its base64), or several PEM blocks one
 * after the other while the gateway's key is rotated. Throws if any is not an Ed25519 public key.
 */
export function ed25519PublicKeysOf(text: string): KeyObject[] {
  const pem = pemOf(text);
  // Node would derive a public key from a private one: refuse it, lest the private key be copied to every service.
  if (pem.includes('PRIVATE KEY')) throw new Error('a private key where public keys are expected');
  const blocks = pem.match(PUBLIC_KEY_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('no PEM public key');
  return blocks.map((block) => ed25519(createPublicKey({ key: block, format: 'pem' })));
}

const spki = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' });

/**
 * Whether `value` holds the local pair's key in any encoding (base64, other line breaks, among
 * rotated keys): what `@LocalDefault` must refuse outside development and test, since the
 * repository holds the private half.
 */
export const holdsLocalActorKey =
  (kind: 'private' | 'public') =>
  (value: unknown): boolean => {
    if (typeof value !== 'string') return false;
    try {
      const local = spki(createPublicKey(ed25519PrivateKeyOf(LOCAL_ACTOR_KEYS.signing)));
      const keys = kind === 'private' ? [createPublicKey(ed25519PrivateKeyOf(value))] : ed25519PublicKeysOf(value);
      return keys.some((key) => spki(key).equals(local));
    } catch {
      return false; // not a key: IsEd25519Key says so
    }
  };

const parses = (kind: 'private' | 'public', value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    if (kind === 'private') ed25519PrivateKeyOf(value);
    else ed25519PublicKeysOf(value);
    return true;
  } catch {
    return false;
  }
};

/** Refuses at boot a value that is not an Ed25519 key of the given kind, so no request is ever signed or checked with it. */
export function IsEd25519Key(kind: 'private' | 'public'): PropertyDecorator {
  const form = kind === 'private' ? 'a PKCS#8 PEM Ed25519 private key' : 'one or more SPKI PEM Ed25519 public keys';
  return ValidateBy({
    name: 'isEd25519Key',
    validator: {
      validate: (value) => parses(kind, value),
      defaultMessage: (args) => `${args?.property} must be ${form}, or the base64 of it`,
    },
  });
}
