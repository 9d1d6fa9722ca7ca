import { type Actor, OperatorsOnly, SERVICE_NAMES } from '@pollen/contracts';

import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { RecordErasureConfirmation } from '../record-erasure-confirmation/record-erasure-confirmation.usecase';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { ListErasures } from './list-erasures.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };

describe('ListErasures', () => {
  let store: InMemoryErasureProgressStore;
  let sut: ListErasures;

  beforeEach(async () => {
    store = new InMemoryErasureProgressStore();
    sut = new ListErasures(store);
    const request = new RecordErasureRequest(store);
    for (let day = 1; day <= 3; day++) {
      await request.execute({
        request: anErasureRequest({ erasureId: `e-${day}`, requestedAt: `2026-03-0${day}T10:00:00.000Z` }),
      });
    }
    const confirm = new RecordErasureConfirmation(store);
    for (const service of SERVICE_NAMES) {
      await confirm.execute({ confirmation: aConfirmation(service, { erasureId: 'e-2' }), completedAt: new Date() });
    }
    // A confirmation whose request has not come yet is no erasure to list.
    await confirm.execute({ confirmation: aConfirmation('matching', { erasureId: 'e-4' }), completedAt: new Date() });
  });

  it('pages newest first with a cursor', async () => {
    const first = await sut.execute({ actor: operator, limit: 2 });
    const second = await sut.execute({ actor: operator, limit: 2, cursor: first.nextCursor ?? '' });

    expect(first.items.map((item) => item.erasureId)).toEqual(['e-3', 'e-2']);
    expect(second.items.map((item) => item.erasureId)).toEqual(['e-1']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by status', async () => {
    const completed = await sut.execute({ actor: operator, status: 'completed' });

    expect(completed.items.map((item) => item.erasureId)).toEqual(['e-2']);
  });

  it('is for operators only', async () => {
    await expect(sut.execute({ actor: { id: 'a-1', roles: ['applicant'] } })).rejects.toThrow(OperatorsOnly);
  });
});
