import { SERVICE_NAMES } from '@pollen/contracts';

import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { RecordErasureConfirmation } from '../record-erasure-confirmation/record-erasure-confirmation.usecase';
import { RecordErasureRequest } from './record-erasure-request.usecase';

describe('RecordErasureRequest', () => {
  let store: InMemoryErasureProgressStore;
  let sut: RecordErasureRequest;

  beforeEach(() => {
    store = new InMemoryErasureProgressStore();
    sut = new RecordErasureRequest(store);
  });

  it('opens the progress with every service pending', async () => {
    await expect(sut.execute({ request: anErasureRequest() })).resolves.toBe(true);

    expect(await store.findById('erasure-1')).toMatchObject({
      accountId: 'account-1',
      role: 'applicant',
      receiptHash: 'a'.repeat(64),
      requestedAt: new Date('2026-03-01T10:00:00.000Z'),
      status: 'in-progress',
      services: SERVICE_NAMES.map((service) => ({ service, status: 'pending', erased: [], kept: [] })),
    });
  });

  it('changes nothing when the request comes again', async () => {
    await sut.execute({ request: anErasureRequest() });

    await expect(sut.execute({ request: anErasureRequest({ role: 'investor' }) })).resolves.toBe(false);
    expect(await store.findById('erasure-1')).toMatchObject({ role: 'applicant', version: 1 });
  });

  it('fills in a record a confirmation opened before it, keeping the confirmation', async () => {
    await new RecordErasureConfirmation(store).execute({
      confirmation: aConfirmation('matching'),
      completedAt: new Date('2026-03-01T10:00:01.000Z'),
    });

    await sut.execute({ request: anErasureRequest() });

    const progress = await store.findById('erasure-1');
    expect(progress).toMatchObject({ accountId: 'account-1', status: 'in-progress' });
    expect(progress?.services.find((entry) => entry.service === 'matching')).toMatchObject({
      status: 'completed',
      erased: [{ what: 'matching records', count: 2, how: 'deleted' }],
    });
  });
});
