import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { ErasureNotFound } from '../../errors';
import { RecordErasureConfirmation } from '../record-erasure-confirmation/record-erasure-confirmation.usecase';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { GetErasure } from './get-erasure.usecase';

describe('GetErasure', () => {
  const receiptHash = 'c0ffee'.padEnd(64, '0');
  let store: InMemoryErasureProgressStore;
  let sut: GetErasure;

  beforeEach(async () => {
    store = new InMemoryErasureProgressStore();
    sut = new GetErasure(store);
    await new RecordErasureRequest(store).execute({ request: anErasureRequest({ receiptHash }) });
    await new RecordErasureConfirmation(store).execute({
      confirmation: aConfirmation('matching'),
      completedAt: new Date('2026-03-01T10:00:02.000Z'),
    });
  });

  it('shows the progress to the holder of the receipt, and nothing about the person', async () => {
    const view = await sut.execute({ erasureId: 'erasure-1', receiptHash });

    expect(view).toMatchObject({
      erasureId: 'erasure-1',
      status: 'in-progress',
      role: 'applicant',
      requestedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(view.services.find((entry) => entry.service === 'matching')).toMatchObject({
      status: 'completed',
      completedAt: '2026-03-01T10:00:02.000Z',
    });
    expect(JSON.stringify(view)).not.toMatch(/account-1|c0ffee/);
  });

  it('answers not found to another receipt, an unknown erasure, and one whose request has not come', async () => {
    await new RecordErasureConfirmation(store).execute({
      confirmation: aConfirmation('matching', { erasureId: 'erasure-2' }),
      completedAt: new Date(),
    });

    await expect(sut.execute({ erasureId: 'erasure-1', receiptHash: 'b'.repeat(64) })).rejects.toThrow(ErasureNotFound);
    await expect(sut.execute({ erasureId: 'nope', receiptHash })).rejects.toThrow(ErasureNotFound);
    await expect(sut.execute({ erasureId: 'erasure-2', receiptHash: '' })).rejects.toThrow(ErasureNotFound);
  });
});
