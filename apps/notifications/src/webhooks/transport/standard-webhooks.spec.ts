import { Webhook } from 'standardwebhooks';

import { newWebhookSecret, signatureHeaders } from './standard-webhooks';

// Verified by the specification's own TypeScript library, an implementation independent of ours.
describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ type: 'application.submitted', data: { applicationId: 'app-1', note: 'déjà vu' } });
  const message = () => ({ id: 'msg_2yZxQk', timestamp: new Date(), body });

  it('makes secrets of 32 random bytes behind whsec_', () => {
    const [first, second] = [newWebhookSecret(), newWebhookSecret()];

    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(first.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(first).not.toBe(second);
  });

  it('signs so that a receiver holding the secret verifies the body', () => {
    const secret = newWebhookSecret();
    const sent = message();

    const headers = signatureHeaders(sent, [secret]);

    expect(headers['webhook-id']).toBe(sent.id);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(sent.timestamp.getTime() / 1000)));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation: each verifies alone', () => {
    const [old, current] = [newWebhookSecret(), newWebhookSecret()];

    const headers = signatureHeaders(message(), [old, current]);

    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(old).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(current).verify(body, { ...headers })).not.toThrow();
  });

  it('does not verify with another secret, or once the body changed', () => {
    const secret = newWebhookSecret();
    const headers = signatureHeaders(message(), [secret]);

    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow();
  });

  it('refuses to sign without a secret', () => {
    expect(() => signatureHeaders(message(), [])).toThrow('at least one secret');
  });
});
