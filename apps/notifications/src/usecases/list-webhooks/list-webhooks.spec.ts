import type { Actor } from '@pollen/contracts';

import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { newEndpoint } from '../../domain/webhook-endpoint';
import { ListWebhooks } from './list-webhooks.usecase';

const olga: Actor = { id: 'acc-olga', roles: ['operator'] };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

describe('ListWebhooks', () => {
  let store: InMemoryWebhookEndpointStore;
  let sut: ListWebhooks;

  const stored = (id: string, ownerId: string, minute: number) =>
    store.add(
      newEndpoint(
        { id, ownerId, ownerRole: 'operator', url: `https://hooks.example.com/${id}`, events: ['document.signed'] },
        'sealed',
        at(minute),
      ),
    );

  beforeEach(() => {
    store = new InMemoryWebhookEndpointStore();
    sut = new ListWebhooks(store);
  });

  it('lists the actor’s own endpoints, the oldest first, without secrets (an operator’s too)', async () => {
    await stored('wh-new', olga.id, 5);
    await stored('wh-other', 'acc-oscar', 3);
    await stored('wh-old', olga.id, 1);

    const { items } = await sut.execute({ actor: olga });

    expect(items.map((item) => item.id)).toEqual(['wh-old', 'wh-new']);
    expect(items[0]).toEqual({
      id: 'wh-old',
      url: 'https://hooks.example.com/wh-old',
      events: ['document.signed'],
      status: 'active',
      failingSince: null,
      disabledAt: null,
      previousSecretExpiresAt: null,
      createdAt: at(1).toISOString(),
    });
  });

  it('answers an account without endpoints with no items', async () => {
    expect(await sut.execute({ actor: { id: 'acc-alice', roles: ['applicant'] } })).toEqual({ items: [] });
  });
});
