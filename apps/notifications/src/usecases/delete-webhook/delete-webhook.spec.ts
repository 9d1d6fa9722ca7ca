import { type Actor, ErrorCode } from '@pollen/contracts';

import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { newEndpoint } from '../../domain/webhook-endpoint';
import { DeleteWebhook } from './delete-webhook.usecase';

const ines: Actor = { id: 'acc-ines', roles: ['investor'] };
const olga: Actor = { id: 'acc-olga', roles: ['operator'] };

describe('DeleteWebhook', () => {
  let store: InMemoryWebhookEndpointStore;
  let sut: DeleteWebhook;

  beforeEach(async () => {
    store = new InMemoryWebhookEndpointStore();
    sut = new DeleteWebhook(store);
    await store.add(
      newEndpoint(
        {
          id: 'wh-1',
          ownerId: ines.id,
          ownerRole: 'investor',
          url: 'https://hooks.example.com',
          events: ['document.signed'],
        },
        'sealed',
        new Date(),
      ),
    );
  });

  it('deletes the owner’s endpoint', async () => {
    await sut.execute({ actor: ines, webhookId: 'wh-1' });

    expect(store.endpoints.has('wh-1')).toBe(false);
  });

  it('answers another’s endpoint as an unknown one (404), to operators too, and keeps it', async () => {
    for (const [actor, webhookId] of [
      [olga, 'wh-1'],
      [ines, 'wh-unknown'],
    ] as const) {
      await expect(sut.execute({ actor, webhookId })).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        reason: 'webhook.not-found',
      });
    }
    expect(store.endpoints.has('wh-1')).toBe(true);
  });
});
