import { randomBytes } from 'node:crypto';

import { SecretBox } from './secret-box';

const newKey = () => randomBytes(32).toString('base64');

describe('SecretBox', () => {
  const sut = new SecretBox(newKey());
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

  it('opens what it sealed', () => {
    const sealed = sut.seal(secret);

    expect(sealed).toMatch(/^v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain(secret.slice('whsec_'.length));
    expect(sut.open(sealed)).toBe(secret);
    expect(sut.open(sut.seal('é ✓'))).toBe('é ✓');
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    const [first, second] = [sut.seal(secret), sut.seal(secret)];

    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
  });

  it.each([
    ['the ciphertext', 3],
    ['the tag', 2],
    ['the IV', 1],
  ])('refuses a box whose %s was altered', (_, index) => {
    const parts = sut.seal(secret).split('.');
    const altered = Buffer.from(parts[index], 'base64');
    altered[0] ^= 0x01;
    parts[index] = altered.toString('base64');

    expect(() => sut.open(parts.join('.'))).toThrow();
  });

  it('refuses a box sealed with another key', () => {
    const sealed = new SecretBox(newKey()).seal(secret);

    expect(() => sut.open(sealed)).toThrow('altered or sealed with another key');
  });

  it('refuses what is not a sealed secret', () => {
    expect(() => sut.open(secret)).toThrow('Not a sealed secret');
    expect(() => sut.open('v1.AAAA.BBBB')).toThrow('Not a sealed secret');
    expect(() => sut.open('v1.AAAA.BBBB.CCCC')).toThrow('malformed IV or tag');
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow('32 bytes');
  });
});
