import { type Actor, ErrorCode, type WebhookWithSealedSecretView } from '@pollen/contracts';
import { ReplyKeys } from '@pollen/platform/kafka';

import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { afterFailure, newEndpoint, signingSecrets, type WebhookEndpoint } from '../../domain/webhook-endpoint';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { RotateWebhookSecret } from './rotate-webhook-secret.usecase';

const ines: Actor = { id: 'acc-ines', roles: ['investor'] };
const OVERLAP_MS = 60 * 60 * 1000;

// The asking gateway process's keys, and the secret it opens for HTTP.
const keys = new ReplyKeys();
const replyKey = keys.publicKey;
const secretOf = (view: WebhookWithSealedSecretView) => keys.open(view.sealedSecret);

describe('RotateWebhookSecret', () => {
  const config = Object.assign(new NotificationsConfig(), { WEBHOOK_SECRET_OVERLAP_MS: OVERLAP_MS });
  const secrets = new WebhookSecrets(config);
  let store: InMemoryWebhookEndpointStore;
  let sut: RotateWebhookSecret;

  beforeEach(async () => {
    store = new InMemoryWebhookEndpointStore();
    sut = new RotateWebhookSecret(store, secrets, config);
    await store.add(
      newEndpoint(
        {
          id: 'wh-1',
          ownerId: ines.id,
          ownerRole: 'investor',
          url: 'https://hooks.example.com',
          events: ['document.signed'],
        },
        secrets.seal('whsec_b2xk'),
        new Date(),
      ),
    );
  });

  const signingNow = (endpoint: WebhookEndpoint | undefined, laterMs = 0) =>
    signingSecrets(endpoint as WebhookEndpoint, new Date(Date.now() + laterMs)).map((sealed) => secrets.open(sealed));

  it('gives a new secret; the old one keeps signing beside it until the overlap ends', async () => {
    const view = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });

    const secret = secretOf(view);
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe('whsec_b2xk');
    // The reply crosses Kafka: the secret is not in it in clear.
    expect(JSON.stringify(view)).not.toContain(secret.slice('whsec_'.length));
    const stored = store.endpoints.get('wh-1');
    expect(signingNow(stored)).toEqual([secret, 'whsec_b2xk']);
    expect(signingNow(stored, OVERLAP_MS + 1000)).toEqual([secret]);
    expect(Date.parse(view.previousSecretExpiresAt ?? '')).toBeGreaterThan(Date.now() + OVERLAP_MS - 60_000);
  });

  it('keeps two signing secrets at most: the one shown and the one before', async () => {
    const first = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });
    const second = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-2', replyKey });

    expect(signingNow(store.endpoints.get('wh-1'))).toEqual([secretOf(second), secretOf(first)]);
  });

  it('answers the same rotation retried with the same secret, rotating nothing more', async () => {
    const first = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });
    const before = await store.findById('wh-1');

    const retried = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });

    expect(secretOf(retried)).toBe(secretOf(first));
    expect(await store.findById('wh-1')).toEqual(before);
  });

  it('seals a retried rotation’s secret to the retry’s own key: the process that asked first may be gone', async () => {
    const first = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });
    const restarted = new ReplyKeys();

    const retried = await sut.execute({
      actor: ines,
      webhookId: 'wh-1',
      requestId: 'rotate-1',
      replyKey: restarted.publicKey,
    });

    expect(restarted.open(retried.sealedSecret)).toBe(secretOf(first));
    expect(() => secretOf(retried)).toThrow();
  });

  it('rotates nothing when the reply key is not one it can seal to', async () => {
    await expect(
      sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey: 'not a key' }),
    ).rejects.toThrow('X25519');
    expect(signingNow(store.endpoints.get('wh-1'))).toEqual(['whsec_b2xk']);
  });

  it('answers another’s or an unknown endpoint as none (404), changing nothing', async () => {
    for (const [actor, webhookId] of [
      [{ id: 'acc-olga', roles: ['operator'] } as Actor, 'wh-1'],
      [ines, 'wh-unknown'],
    ] as const) {
      await expect(sut.execute({ actor, webhookId, requestId: 'rotate-1', replyKey })).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        reason: 'webhook.not-found',
      });
    }
    expect(signingNow(store.endpoints.get('wh-1'))).toEqual(['whsec_b2xk']);
  });

  it('reads the endpoint again when the dispatcher wrote it meanwhile, keeping both changes', async () => {
    const read = store.findById.bind(store);
    jest.spyOn(store, 'findById').mockImplementationOnce(async (id) => {
      const before = await read(id);
      // A failed call is recorded between the owner's read and write.
      const failed = afterFailure(before as WebhookEndpoint, new Date(), 1000).endpoint;
      await store.update(failed, failed.version);
      return before;
    });

    const view = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1', replyKey });

    expect(view.failingSince).not.toBeNull();
    expect(store.endpoints.get('wh-1')?.version).toBe(2);
    expect(signingNow(store.endpoints.get('wh-1'))).toEqual([secretOf(view), 'whsec_b2xk']);
  });
});
