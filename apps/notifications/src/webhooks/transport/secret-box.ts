import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;

/**
 * Keeps webhook signing secrets encrypted at rest (AES-256-GCM): a copy of the database alone
 * cannot sign. The version prefix leaves room for another algorithm or key later.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** @param base64Key 32 bytes in base64, e.g. `openssl rand -base64 32`. */
  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error(`A secret box key is 32 bytes in base64, not ${this.key.length}`);
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, each in base64; a fresh IV each time, as GCM requires. */
  seal(plain: string): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'));
    return [version, ...parts].join('.');
  }

  /** The plain text; throws if the box was altered or sealed with another key. */
  open(sealed: string): string {
    const [prefix, ...parts] = sealed.split('.');
    if (prefix !== version || parts.length !== 3) throw new Error('Not a sealed secret (v1.<iv>.<tag>.<ciphertext>)');
    const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64'));
    if (iv.length !== ivBytes || tag.length !== tagBytes) throw new Error('A sealed secret has a malformed IV or tag');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: tagBytes });
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('A sealed secret was altered or sealed with another key');
    }
  }
}
