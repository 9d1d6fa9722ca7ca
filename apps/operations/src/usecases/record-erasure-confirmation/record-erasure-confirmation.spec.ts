import { SERVICE_NAMES } from '@pollen/contracts';

import { aConfirmation, anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { RecordErasureConfirmation } from './record-erasure-confirmation.usecase';

describe('RecordErasureConfirmation', () => {
  const completedAt = new Date('2026-03-01T10:00:05.000Z');
  const now = new Date('2026-03-01T10:00:06.000Z');
  let store: InMemoryErasureProgressStore;
  let sut: RecordErasureConfirmation;

  beforeEach(async () => {
    store = new InMemoryErasureProgressStore();
    sut = new RecordErasureConfirmation(store);
  });

  const confirmEvery = async (services = SERVICE_NAMES) => {
    for (const service of services) await sut.execute({ confirmation: aConfirmation(service), completedAt, now });
  };

  it('records what a service erased and kept, and when', async () => {
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });
    const kept = { what: 'signed agreement', id: 'doc-1', basis: 'art. 2224 Code civil', until: '2031-03-01' };

    await expect(
      sut.execute({ confirmation: aConfirmation('legal-templates', { kept: [kept] }), completedAt, now }),
    ).resolves.toBe('applied');

    const progress = await store.findById('erasure-1');
    expect(progress?.status).toBe('in-progress');
    expect(progress?.services.find((entry) => entry.service === 'legal-templates')).toEqual({
      service: 'legal-templates',
      status: 'completed',
      completedAt,
      erased: [{ what: 'legal-templates records', count: 2, how: 'deleted' }],
      kept: [kept],
    });
  });

  it('completes the erasure once every service has confirmed', async () => {
    await new RecordErasureRequest(store).execute({ request: anErasureRequest() });

    await confirmEvery();

    expect(await store.findById('erasure-1')).toMatchObject({ status: 'completed', completedAt: now });
  });

  it('completes it when the request comes after every confirmation', async () => {
    await confirmEvery();
    expect((await store.findById('erasure-1'))?.status).toBe('in-progress');

    await new RecordErasureRequest(store).execute({ request: anErasureRequest(), now });

    expect(await store.findById('erasure-1')).toMatchObject({ status: 'completed', accountId: 'account-1' });
  });

  it('answers duplicate to a confirmation it has already recorded', async () => {
    await sut.execute({ confirmation: aConfirmation('matching'), completedAt, now });

    await expect(
      sut.execute({ confirmation: aConfirmation('matching', { erased: [] }), completedAt, now }),
    ).resolves.toBe('duplicate');
    expect((await store.findById('erasure-1'))?.services.find((entry) => entry.service === 'matching')?.erased).toEqual(
      [{ what: 'matching records', count: 2, how: 'deleted' }],
    );
  });
});
