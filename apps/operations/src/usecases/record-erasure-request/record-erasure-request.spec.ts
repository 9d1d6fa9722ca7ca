import { SERVICE_NAMES } from '@pollen/contracts';

import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { toErasureView } from '../../domain/erasure-progress';
import { RecordErasureConfirmation } from '../record-erasure-confirmation/record-erasure-confirmation.usecase';
import { RecordErasureRequest } from './record-erasure-request.usecase';

describe('RecordErasureRequest', () => {
  let store: InMemoryErasureProgressStore;
  let sut: RecordErasureRequest;

  beforeEach(() => {
    store = new InMemoryErasureProgressStore();
    sut = new RecordErasureRequest(store);
  });

  const viewOf = async () => {
    const progress = await store.findById('erasure-1');
    return progress ? toErasureView(progress) : null;
  };

  it('starts the progress with every service pending', async () => {
    await expect(sut.execute({ request: anErasureRequest() })).resolves.toBe(true);

    expect(store.requests.get('erasure-1')).toEqual({
      id: 'erasure-1',
      accountId: 'account-1',
      role: 'applicant',
      receiptHash: 'a'.repeat(64),
      requestedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
    expect(await viewOf()).toEqual({
      erasureId: 'erasure-1',
      status: 'in-progress',
      role: 'applicant',
      requestedAt: '2026-03-01T10:00:00.000Z',
      services: SERVICE_NAMES.map((service) => ({ service, status: 'pending', erased: [], kept: [] })),
    });
  });

  it('changes nothing when the request comes again', async () => {
    await sut.execute({ request: anErasureRequest() });

    await expect(sut.execute({ request: anErasureRequest({ role: 'investor' }) })).resolves.toBe(false);
    expect(store.requests.get('erasure-1')?.role).toBe('applicant');
  });

  it('shows the confirmations that came before it', async () => {
    await new RecordErasureConfirmation(store).execute({
      confirmation: aConfirmation('matching'),
      completedAt: new Date('2026-03-01T10:00:01.000Z'),
    });

    await sut.execute({ request: anErasureRequest() });

    const view = await viewOf();
    expect(view?.status).toBe('in-progress');
    expect(view?.services.find((entry) => entry.service === 'matching')).toMatchObject({
      status: 'completed',
      erased: [{ what: 'matching records', count: 2, how: 'deleted' }],
    });
  });
});
