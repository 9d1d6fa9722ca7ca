import { generateKeyPairSync } from 'node:crypto';

import { ReplyKeys, sealForReply } from './sealed-replies';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const BASE64 = '[A-Za-z0-9+/=]+';

describe('sealed replies', () => {
  const sut = new ReplyKeys();

  it('opens what was sealed to its public key, and only there is the secret in clear', () => {
    const sealed = sealForReply(sut.publicKey, secret);

    expect(sealed).toMatch(new RegExp(`^v1\\.${BASE64}\\.${BASE64}\\.${BASE64}\\.${BASE64}$`));
    expect(sealed).not.toContain(secret.slice('whsec_'.length));
    expect(sut.open(sealed)).toBe(secret);
    expect(sut.open(sealForReply(sut.publicKey, 'é ✓'))).toBe('é ✓');
  });

  it('gives each process a key pair of its own: another cannot open what was sealed to this one', () => {
    const other = new ReplyKeys();

    expect(other.publicKey).not.toBe(sut.publicKey);
    expect(() => other.open(sealForReply(sut.publicKey, secret))).toThrow('altered or sealed to another key');
  });

  it('seals the same secret differently each time (a fresh ephemeral key and IV)', () => {
    const [first, second] = [sealForReply(sut.publicKey, secret), sealForReply(sut.publicKey, secret)];

    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
    expect(first.split('.')[2]).not.toBe(second.split('.')[2]);
  });

  it.each([
    ['the ciphertext', 4],
    ['the tag', 3],
    ['the IV', 2],
    ['the ephemeral key', 1],
  ])('refuses a reply with %s altered', (_, index) => {
    const parts = sealForReply(sut.publicKey, secret).split('.');
    const altered = Buffer.from(parts[index], 'base64');
    altered[altered.length - 1] ^= 0x01;
    parts[index] = altered.toString('base64');

    expect(() => sut.open(parts.join('.'))).toThrow();
  });

  it('refuses what is not a sealed reply', () => {
    expect(() => sut.open(secret)).toThrow('Not a sealed reply');
    expect(() => sut.open('v1.AAAA.BBBB.CCCC')).toThrow('Not a sealed reply');
    expect(() => sut.open('v1.AAAA.BBBB.CCCC.DDDD')).toThrow('malformed IV or tag');
  });

  it('seals to nothing but an X25519 public key', () => {
    const ed25519 = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });

    expect(() => sealForReply(ed25519.toString('base64'), secret)).toThrow('X25519');
    expect(() => sealForReply('not a key', secret)).toThrow('X25519');
  });
});
