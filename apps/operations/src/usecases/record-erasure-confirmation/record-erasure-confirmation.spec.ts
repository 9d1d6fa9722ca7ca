import { SERVICE_NAMES } from '@pollen/contracts';

import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { toErasureView } from '../../domain/erasure-progress';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { RecordErasureConfirmation } from './record-erasure-confirmation.usecase';

describe('RecordErasureConfirmation', () => {
  const completedAt = new Date('2026-03-01T10:00:05.000Z');
  let store: InMemoryErasureProgressStore;
  let sut: RecordErasureConfirmation;

  beforeEach(async () => {
    store = new InMemoryErasureProgressStore();
    sut = new RecordErasureConfirmation(store);
  });

  const viewOf = async (erasureId = 'erasure-1') => {
    const progress = await store.findById(erasureId);
    return progress ? toErasureView(progress) : null;
  };
  const confirmEvery = async (services = SERVICE_NAMES) => {
    for (const service of services) await sut.execute({ confirmation: aConfirmation(service), completedAt });
  };

  it('records what a service erased and kept, and when', async () => {
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });
    const kept = { what: 'signed agreement', id: 'doc-1', basis: 'art. 2224 Code civil', until: '2031-03-01' };

    await expect(
      sut.execute({ confirmation: aConfirmation('legal-templates', { kept: [kept] }), completedAt }),
    ).resolves.toBe('applied');

    const view = await viewOf();
    expect(view?.status).toBe('in-progress');
    expect(view?.services.find((entry) => entry.service === 'legal-templates')).toEqual({
      service: 'legal-templates',
      status: 'completed',
      completedAt: completedAt.toISOString(),
      erased: [{ what: 'legal-templates records', count: 2, how: 'deleted' }],
      kept: [kept],
    });
  });

  it('completes the erasure once every service has confirmed, and marks it for the list', async () => {
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });

    await confirmEvery();

    expect(await viewOf()).toMatchObject({ status: 'completed', completedAt: completedAt.toISOString() });
    expect(store.requests.get('erasure-1')?.completedAt).toEqual(completedAt);
  });

  it('completes it when the request comes after every confirmation', async () => {
    await confirmEvery();
    expect(await viewOf()).toBeNull();
    expect(store.confirmations.size).toBe(SERVICE_NAMES.length);

    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });

    expect(await viewOf()).toMatchObject({ status: 'completed' });
    expect(store.requests.get('erasure-1')?.completedAt).toEqual(completedAt);
  });

  it('marks it completed on a redelivery, when the run before stopped between its two writes', async () => {
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });
    await confirmEvery();
    delete store.requests.get('erasure-1')?.completedAt;

    await expect(sut.execute({ confirmation: aConfirmation('matching'), completedAt })).resolves.toBe('duplicate');

    expect(store.requests.get('erasure-1')?.completedAt).toEqual(completedAt);
  });

  it('answers duplicate to a confirmation it has already recorded, and keeps the first', async () => {
    await sut.execute({ confirmation: aConfirmation('matching'), completedAt });

    await expect(sut.execute({ confirmation: aConfirmation('matching', { erased: [] }), completedAt })).resolves.toBe(
      'duplicate',
    );
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });
    expect((await viewOf())?.services.find((entry) => entry.service === 'matching')?.erased).toEqual([
      { what: 'matching records', count: 2, how: 'deleted' },
    ]);
  });
});
