import type { Actor } from '@pollen/contracts';

import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { GetDeadLetter } from './get-dead-letter.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };

describe('GetDeadLetter', () => {
  let store: InMemoryDeadLetterStore;
  let sut: GetDeadLetter;

  beforeEach(() => {
    store = new InMemoryDeadLetterStore();
    sut = new GetDeadLetter(store);
  });

  it('shows the dead letter with its original message', async () => {
    await store.insert(aDeadLetter({ id: 'dlt:0:1' }), []);

    expect(await sut.execute({ deadLetterId: 'dlt:0:1', actor: operator })).toMatchObject({
      id: 'dlt:0:1',
      key: 'app-1',
      reason: 'retries-exhausted',
      attempts: 4,
      firstFailedAt: '2026-03-01T09:59:58.000Z',
      lastFailedAt: '2026-03-01T10:00:00.000Z',
      state: 'open',
    });
  });

  it('says not-found for an id it does not know, and shows nothing to a non-operator', async () => {
    await expect(sut.execute({ deadLetterId: 'unknown', actor: operator })).rejects.toMatchObject({
      reason: 'dead-letter.not-found',
    });
    await expect(
      sut.execute({ deadLetterId: 'unknown', actor: { id: 'lea', roles: ['applicant'] } }),
    ).rejects.toMatchObject({ reason: 'auth.operators-only' });
  });
});
