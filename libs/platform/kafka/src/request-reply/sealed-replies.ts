import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/**
 * Sealed replies (docs/adr/0015-webhooks.md): a secret a service answers with must not sit in clear
 * on the replies topic, where whoever reads it could use it for as long as the topic keeps it. The
 * asking gateway process sends the public half of a key pair it holds in memory only; the service
 * seals the secret to it (ECIES: X25519, HKDF-SHA256, AES-256-GCM), and only that process, while it
 * runs, can open it. A reply read from the topic later opens for no one, a restarted gateway included.
 *
 * Keys travel as the base64 of their SPKI DER (self-describing: a key of another kind is refused).
 * A sealed value is `v1.<ephemeral public key>.<iv>.<tag>.<ciphertext>`, each in base64.
 */

const VERSION = 'v1';
const INFO = 'pollen reply secret v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function spkiOf(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

function publicKeyFrom(spki: Buffer): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    throw new Error('A reply key is the base64 SPKI DER of an X25519 public key');
  }
  if (key.asymmetricKeyType !== 'x25519') throw new Error('A reply key is an X25519 public key');
  return key;
}

/**
 * Both public keys salt the derivation, so the key opens only what was sealed with this ephemeral
 * key to this recipient.
 */
function aesKeyOf(privateKey: KeyObject, peer: KeyObject, ephemeral: Buffer, recipient: Buffer): Buffer {
  const shared = diffieHellman({ privateKey, publicKey: peer });
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), INFO, KEY_BYTES));
}

/** `plain` sealed to the holder of `publicKey` (a `ReplyKeys.publicKey`); each seal differs. */
export function sealForReply(publicKey: string, plain: string): string {
  const recipient = Buffer.from(publicKey, 'base64');
  const recipientKey = publicKeyFrom(recipient);
  const ephemeralPair = generateKeyPairSync('x25519');
  const ephemeral = spkiOf(ephemeralPair.publicKey);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(
    'aes-256-gcm',
    aesKeyOf(ephemeralPair.privateKey, recipientKey, ephemeral, recipient),
    iv,
  );
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, ...[ephemeral, iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(
    '.',
  );
}

/**
 * The key pair one gateway process receives sealed replies with: made when the process starts and
 * never stored, so what it sealed cannot be opened once the process is gone.
 */
export class ReplyKeys {
  /** What a request carries as its `replyKey`: the base64 SPKI DER of the X25519 public key. */
  readonly publicKey: string;
  readonly #privateKey: KeyObject;
  readonly #publicSpki: Buffer;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('x25519');
    this.#privateKey = privateKey;
    this.#publicSpki = spkiOf(publicKey);
    this.publicKey = this.#publicSpki.toString('base64');
  }

  /** The plain text of a `sealForReply` to this process; throws if altered or sealed to another key. */
  open(sealed: string): string {
    const [prefix, ...parts] = sealed.split('.');
    if (prefix !== VERSION || parts.length !== 4) {
      throw new Error('Not a sealed reply (v1.<ephemeral key>.<iv>.<tag>.<ciphertext>)');
    }
    const [ephemeral, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64'));
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('A sealed reply has a malformed IV or tag');
    try {
      const key = aesKeyOf(this.#privateKey, publicKeyFrom(ephemeral), ephemeral, this.#publicSpki);
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('A sealed reply was altered or sealed to another key');
    }
  }
}
