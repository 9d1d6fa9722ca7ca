import {
  type Actor,
  ErrorCode,
  MAX_WEBHOOKS_PER_ACCOUNT,
  WEBHOOK_EVENTS,
  type WebhookWithSealedSecretView,
} from '@pollen/contracts';
import { ReplyKeys } from '@pollen/platform/kafka';

import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { rotated } from '../../domain/webhook-endpoint';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { WebhookTargets } from '../../webhooks/webhook-targets';
import { RegisterWebhook } from './register-webhook.usecase';

const ines: Actor = { id: 'acc-ines', roles: ['investor'] };
const olga: Actor = { id: 'acc-olga', roles: ['operator'] };
const alice: Actor = { id: 'acc-alice', roles: ['applicant'] };

// A literal public address: the real guard accepts it without asking any DNS.
const URL = 'https://93.184.216.34/pollen';
const webhook = { url: URL, events: ['deal-flow.match-proposed' as const, 'document.signed' as const] };

// The asking gateway process's keys, and the answer it opens for HTTP.
const keys = new ReplyKeys();
const replyKey = keys.publicKey;
const shown = ({ sealedSecret, ...view }: WebhookWithSealedSecretView) => ({
  ...view,
  secret: keys.open(sealedSecret),
});

describe('RegisterWebhook', () => {
  const config = Object.assign(new NotificationsConfig(), { NODE_ENV: 'production' as const });
  const secrets = new WebhookSecrets(config);
  let store: InMemoryWebhookEndpointStore;
  let sut: RegisterWebhook;

  beforeEach(() => {
    store = new InMemoryWebhookEndpointStore();
    sut = new RegisterWebhook(store, new WebhookTargets(config), secrets);
  });

  afterEach(() => jest.restoreAllMocks());

  it('registers an investor’s endpoint, its secret shown once, sealed to the asking gateway, and stored sealed', async () => {
    const reply = await sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook });
    const view = shown(reply);

    expect(view).toEqual({
      id: 'wh-1',
      url: URL,
      events: ['deal-flow.match-proposed', 'document.signed'],
      status: 'active',
      failingSince: null,
      disabledAt: null,
      previousSecretExpiresAt: null,
      createdAt: expect.any(String),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });
    const stored = store.endpoints.get('wh-1');
    expect(stored).toMatchObject({ ownerId: ines.id, ownerRole: 'investor', version: 0 });
    expect(stored?.secrets).toHaveLength(1);
    expect(stored?.secrets[0].sealed).not.toContain(view.secret.slice('whsec_'.length));
    expect(secrets.open(stored?.secrets[0].sealed ?? '')).toBe(view.secret);
    // The reply crosses Kafka: the secret is not in it in clear.
    expect(JSON.stringify(reply)).not.toContain(view.secret.slice('whsec_'.length));
  });

  it('stores nothing when the reply key is not one it can seal to', async () => {
    await expect(sut.execute({ replyKey: 'not a key', webhookId: 'wh-1', actor: ines, webhook })).rejects.toThrow(
      'X25519',
    );
    expect(store.endpoints.size).toBe(0);
  });

  it('registers an operator’s endpoint as an operator’s: it will hear every such event', async () => {
    await sut.execute({
      replyKey,
      webhookId: 'wh-1',
      actor: { id: 'acc-both', roles: ['investor', 'operator'] },
      webhook,
    });

    expect(store.endpoints.get('wh-1')?.ownerRole).toBe('operator');
  });

  it('names the endpoint with a new id when the request brings none', async () => {
    const view = await sut.execute({ replyKey, actor: olga, webhook });

    expect(view.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.endpoints.has(view.id)).toBe(true);
  });

  it('refuses applicants (403), storing nothing', async () => {
    await expect(sut.execute({ replyKey, webhookId: 'wh-1', actor: alice, webhook })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
      reason: 'webhook.investors-and-operators-only',
    });
    expect(store.endpoints.size).toBe(0);
  });

  it('refuses an event none of the actor’s roles may subscribe to (403)', async () => {
    jest.replaceProperty(WEBHOOK_EVENTS['document.signed'], 'roles', [
      'operator',
    ] as unknown as (typeof WEBHOOK_EVENTS)['document.signed']['roles']);

    await expect(sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
      reason: 'webhook.investors-and-operators-only',
    });
    await expect(sut.execute({ replyKey, webhookId: 'wh-2', actor: olga, webhook })).resolves.toMatchObject({
      id: 'wh-2',
    });
  });

  it(`refuses a ${MAX_WEBHOOKS_PER_ACCOUNT + 1}th endpoint of one account (409), not another account’s first`, async () => {
    for (let n = 0; n < MAX_WEBHOOKS_PER_ACCOUNT; n++) {
      await sut.execute({ replyKey, webhookId: `wh-${n}`, actor: ines, webhook });
    }

    await expect(sut.execute({ replyKey, webhookId: 'wh-extra', actor: ines, webhook })).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'webhook.too-many',
    });
    await expect(sut.execute({ replyKey, webhookId: 'wh-olga', actor: olga, webhook })).resolves.toMatchObject({
      id: 'wh-olga',
    });
  });

  it('answers a retried registration as the first time, with the same secret, even at the limit', async () => {
    for (let n = 1; n < MAX_WEBHOOKS_PER_ACCOUNT; n++) {
      await sut.execute({ replyKey, webhookId: `wh-${n}`, actor: ines, webhook });
    }
    const first = await sut.execute({ replyKey, webhookId: 'wh-last', actor: ines, webhook });

    const again = await sut.execute({ replyKey, webhookId: 'wh-last', actor: ines, webhook });

    expect(shown(again)).toEqual(shown(first));
    expect(store.endpoints.size).toBe(MAX_WEBHOOKS_PER_ACCOUNT);
  });

  it('seals a retried registration’s secret to the retry’s own key: the process that asked first may be gone', async () => {
    const first = await sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook });
    const restarted = new ReplyKeys();

    const again = await sut.execute({ replyKey: restarted.publicKey, webhookId: 'wh-1', actor: ines, webhook });

    expect(restarted.open(again.sealedSecret)).toBe(keys.open(first.sealedSecret));
    expect(() => keys.open(again.sealedSecret)).toThrow();
  });

  it('answers with the first endpoint when a copy of the request stored it meanwhile', async () => {
    const first = await sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook });
    // The copy read before the first stored it: the insert is what finds it there.
    jest.spyOn(store, 'findById').mockResolvedValueOnce(null);

    expect(shown(await sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook }))).toEqual(shown(first));
  });

  it('shows the secret no more once rotated, or a day after: a retry then gets 409', async () => {
    await sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook });
    const stored = await store.findById('wh-1');
    if (!stored) throw new Error('not stored');
    const rotatedOnce = rotated(stored, secrets.seal('whsec_other'), new Date(), 60_000, 'rotate-1');
    await store.update(rotatedOnce, stored.version);

    await expect(sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook })).rejects.toMatchObject({
      code: ErrorCode.Conflict,
    });

    await sut.execute({ replyKey, webhookId: 'wh-2', actor: ines, webhook });
    jest.useFakeTimers({
      now: Date.now() + 25 * 60 * 60 * 1000,
      doNotFake: ['setTimeout', 'setImmediate', 'nextTick'],
    });
    try {
      await expect(sut.execute({ replyKey, webhookId: 'wh-2', actor: ines, webhook })).rejects.toMatchObject({
        code: ErrorCode.Conflict,
      });
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses an id another account’s endpoint has (409)', async () => {
    await sut.execute({ replyKey, webhookId: 'wh-1', actor: olga, webhook });

    await expect(sut.execute({ replyKey, webhookId: 'wh-1', actor: ines, webhook })).rejects.toMatchObject({
      code: ErrorCode.Conflict,
    });
  });

  it('refuses a URL webhooks may not go to (400), storing nothing', async () => {
    await expect(
      sut.execute({
        replyKey,
        webhookId: 'wh-1',
        actor: ines,
        webhook: { ...webhook, url: 'https://192.168.1.10/hooks' },
      }),
    ).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      reason: 'webhook.url-refused',
      message: expect.stringContaining('192.168.1.10'),
    });
    await expect(
      sut.execute({
        replyKey,
        webhookId: 'wh-2',
        actor: ines,
        webhook: { ...webhook, url: 'http://93.184.216.34/pollen' },
      }),
    ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed, reason: 'webhook.https-required' });
    expect(store.endpoints.size).toBe(0);
  });
});
