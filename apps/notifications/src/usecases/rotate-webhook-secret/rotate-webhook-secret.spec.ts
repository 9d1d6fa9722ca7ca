import { type Actor, ErrorCode } from '@pollen/contracts';

import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { afterFailure, newEndpoint, signingSecrets, type WebhookEndpoint } from '../../domain/webhook-endpoint';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { RotateWebhookSecret } from './rotate-webhook-secret.usecase';

const ines: Actor = { id: 'acc-ines', roles: ['investor'] };
const OVERLAP_MS = 60 * 60 * 1000;

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
    const view = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1' });

    expect(view.secret).toMatch(/^whsec_/);
    expect(view.secret).not.toBe('whsec_b2xk');
    const stored = store.endpoints.get('wh-1');
    expect(signingNow(stored)).toEqual([view.secret, 'whsec_b2xk']);
    expect(signingNow(stored, OVERLAP_MS + 1000)).toEqual([view.secret]);
    expect(Date.parse(view.previousSecretExpiresAt ?? '')).toBeGreaterThan(Date.now() + OVERLAP_MS - 60_000);
  });

  it('keeps two signing secrets at most: the one shown and the one before', async () => {
    const first = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1' });
    const second = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-2' });

    expect(signingNow(store.endpoints.get('wh-1'))).toEqual([second.secret, first.secret]);
  });

  it('answers the same rotation retried with the same secret, rotating nothing more', async () => {
    const first = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1' });
    const before = await store.findById('wh-1');

    const retried = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1' });

    expect(retried.secret).toBe(first.secret);
    expect(await store.findById('wh-1')).toEqual(before);
  });

  it('answers another’s or an unknown endpoint as none (404), changing nothing', async () => {
    for (const [actor, webhookId] of [
      [{ id: 'acc-olga', roles: ['operator'] } as Actor, 'wh-1'],
      [ines, 'wh-unknown'],
    ] as const) {
      await expect(sut.execute({ actor, webhookId, requestId: 'rotate-1' })).rejects.toMatchObject({
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

    const view = await sut.execute({ actor: ines, webhookId: 'wh-1', requestId: 'rotate-1' });

    expect(view.failingSince).not.toBeNull();
    expect(store.endpoints.get('wh-1')?.version).toBe(2);
    expect(signingNow(store.endpoints.get('wh-1'))).toEqual([view.secret, 'whsec_b2xk']);
  });
});
