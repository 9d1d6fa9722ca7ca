import type { Actor } from '@pollen/contracts';

import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { ListDeadLetters } from './list-dead-letters.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };

describe('ListDeadLetters', () => {
  let store: InMemoryDeadLetterStore;
  let sut: ListDeadLetters;

  beforeEach(async () => {
    store = new InMemoryDeadLetterStore();
    sut = new ListDeadLetters(store);
    for (let i = 1; i <= 3; i++) {
      await store.insert(aDeadLetter({ id: `d-${i}`, createdAt: new Date(Date.UTC(2026, 2, i)) }), []);
    }
    await store.insert(
      aDeadLetter({ id: 'r-1', kind: 'request', state: 'expired', type: 'applications.get', topic: 'requests' }),
      [],
    );
  });

  it('pages newest first with a cursor', async () => {
    const first = await sut.execute({ actor: operator, topic: aDeadLetter().topic, limit: 2 });
    const second = await sut.execute({
      actor: operator,
      topic: aDeadLetter().topic,
      limit: 2,
      cursor: first.nextCursor ?? '',
    });

    expect(first.items.map((item) => item.id)).toEqual(['d-3', 'd-2']);
    expect(second.items.map((item) => item.id)).toEqual(['d-1']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by type and state', async () => {
    expect((await sut.execute({ actor: operator, state: 'expired' })).items.map((item) => item.id)).toEqual(['r-1']);
    expect((await sut.execute({ actor: operator, type: 'applications.get' })).items).toHaveLength(1);
  });
});
