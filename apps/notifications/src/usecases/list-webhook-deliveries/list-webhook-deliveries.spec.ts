import { type Actor, ErrorCode } from '@pollen/contracts';

import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import type { Delivery } from '../../domain/delivery';
import { newEndpoint, webhookIdOf } from '../../domain/webhook-endpoint';
import { ListWebhookDeliveries } from './list-webhook-deliveries.usecase';

const ines: Actor = { id: 'acc-ines', roles: ['investor'] };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

/** A call of `document.signed` to `endpointId`, made at `minute`. */
function call(id: string, endpointId: string, minute: number, overrides: Partial<Delivery> = {}): Delivery {
  const data = { documentId: 'doc-1', title: 'Pacte', applicationId: null };
  return {
    id,
    version: 0,
    kind: 'document-signed',
    channel: 'webhook',
    recipientId: ines.id,
    webhook: { endpointId, body: { type: 'document.signed', timestamp: at(minute).toISOString(), data } },
    message: { kind: 'document-signed', variables: data },
    sourceEventId: `event-${id}`,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at(minute),
    createdAt: at(minute),
    ...overrides,
  };
}

describe('ListWebhookDeliveries', () => {
  let endpoints: InMemoryWebhookEndpointStore;
  let deliveries: InMemoryDeliveryStore;
  let sut: ListWebhookDeliveries;

  beforeEach(async () => {
    endpoints = new InMemoryWebhookEndpointStore();
    deliveries = new InMemoryDeliveryStore();
    sut = new ListWebhookDeliveries(endpoints, deliveries);
    await endpoints.add(
      newEndpoint(
        {
          id: 'wh-1',
          ownerId: ines.id,
          ownerRole: 'investor',
          url: 'https://hooks.example.com',
          events: ['document.signed'],
        },
        'sealed',
        at(0),
      ),
    );
  });

  it('lists the endpoint’s calls, the newest first, each under the webhook-id its receiver saw', async () => {
    await deliveries.add(call('d-old', 'wh-1', 1));
    await deliveries.add(call('d-other-endpoint', 'wh-2', 2));
    await deliveries.add(
      call('d-new', 'wh-1', 3, {
        status: 'failed',
        attempts: 2,
        lastError: 'The endpoint answered 503.',
        lastAttemptAt: at(4),
        nextAttemptAt: at(15),
      }),
    );

    const view = await sut.execute({ actor: ines, webhookId: 'wh-1' });

    expect(view.nextCursor).toBeNull();
    expect(view.items).toEqual([
      {
        id: webhookIdOf('d-new'),
        type: 'document.signed',
        status: 'failed',
        attempts: 2,
        lastError: 'The endpoint answered 503.',
        lastAttemptAt: at(4).toISOString(),
        nextAttemptAt: at(15).toISOString(),
        createdAt: at(3).toISOString(),
      },
      expect.objectContaining({ id: webhookIdOf('d-old'), lastError: null, lastAttemptAt: null }),
    ]);
  });

  it('pages by cursor, 20 by default', async () => {
    for (let minute = 0; minute < 25; minute++) await deliveries.add(call(`d-${minute}`, 'wh-1', minute));

    const first = await sut.execute({ actor: ines, webhookId: 'wh-1' });
    const second = await sut.execute({ actor: ines, webhookId: 'wh-1', cursor: first.nextCursor ?? '' });
    const small = await sut.execute({ actor: ines, webhookId: 'wh-1', limit: 2 });

    expect(first.items).toHaveLength(20);
    expect(first.items[0].id).toBe(webhookIdOf('d-24'));
    expect(second.items.map((item) => item.id)).toEqual([4, 3, 2, 1, 0].map((m) => webhookIdOf(`d-${m}`)));
    expect(second.nextCursor).toBeNull();
    expect(small.items.map((item) => item.id)).toEqual([webhookIdOf('d-24'), webhookIdOf('d-23')]);
  });

  it('answers another’s or an unknown endpoint as none (404), to operators too', async () => {
    await deliveries.add(call('d-1', 'wh-1', 1));
    for (const [actor, webhookId] of [
      [{ id: 'acc-olga', roles: ['operator'] } as Actor, 'wh-1'],
      [ines, 'wh-unknown'],
    ] as const) {
      await expect(sut.execute({ actor, webhookId })).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        reason: 'webhook.not-found',
      });
    }
  });
});
